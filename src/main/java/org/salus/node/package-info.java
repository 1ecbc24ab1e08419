/**
 * This app node in a cluster: its name ({@link org.salus.node.NodeId}) and its health checks.
 * Shared plumbing: it depends on no feature.
 */
package org.salus.node;

/**
 * Browsing the site beyond the A–Z: the groups articles are filed under ({@code /groups},
 * {@code /groups/{slug}}: MedlinePlus's groups of imported topics, {@code article_group}, and the
 * site's own from the content files' {@code groups:}, {@code article_site_group}), and the
 * site-wide "Recently updated" list of clinical changes ({@code /changes}); each in both
 * languages ({@code /es/...}) and in pages. Reads {@code article}'s cached A–Z index for what
 * readers may see; owns no table. {@code edition} lists its pages as files. See docs/browse.md.
 */
package org.salus.browse;

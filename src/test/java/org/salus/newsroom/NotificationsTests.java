package org.salus.newsroom;

/** The newsroom's SQL on H2. */
class NotificationsTests extends NotificationsContract {}

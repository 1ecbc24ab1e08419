package org.salus.search;

import org.salus.testsupport.SiteTest;

/** The search source on the embedded H2 database, with the sample content. */
@SiteTest
class SearchSourceTests extends SearchSourceContract {}

package org.salus.cdshooks.auth;

import org.salus.testsupport.SiteTest;

@SiteTest
class UsedTokenIdsTests extends UsedTokenIdsContract {}

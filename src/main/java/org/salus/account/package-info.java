/**
 * Accounts and sign-in: tables {@code user_account} and {@code user_role} (and Spring Session's
 * {@code spring_session} tables for sign-ins shared by every node); routes {@code /login},
 * {@code /account/password}, {@code /admin/users}, {@code /admin/audit}; the security configuration and
 * the first administrator. Other packages use {@link org.salus.account.CurrentUser},
 * {@link org.salus.account.Role}, {@link org.salus.account.UserAccount} and {@link org.salus.account.EditorialRoutes}.
 */
package org.salus.account;

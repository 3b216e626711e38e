/**
 * Accounts (konton): the tree a user may see, one account's data, and the account range every
 * other capability filters by, so that nothing outside a user's scope is ever read.
 */
@NullMarked
package se.connectbot.sandbox.account;

import org.jspecify.annotations.NullMarked;

/**
 * Services (tjänster): the filtered, sorted, paged list and one service with the details of its
 * kind, within the user's scope.
 */
@NullMarked
package se.connectbot.sandbox.service;

import org.jspecify.annotations.NullMarked;

/** {@code overview}/{@code översikt}: the dashboard counts, each with a button to its list. */
@NullMarked
package se.connectbot.core.overview;

import org.jspecify.annotations.NullMarked;

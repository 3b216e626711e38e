package se.connectbot.core.dialog;

/** Where a stored dialog stands. Only ACTIVE ones take answers; SUBMITTED ones repeat their result. */
enum DialogStatus { ACTIVE, SUBMITTED, CANCELLED, EXPIRED }

/**
 * Downloads of the files the bot delivered: {@code GET /files/{id}} behind a signed, expiring
 * link, and the one way every download answers ({@link se.connectbot.app.files.FileResponses}):
 * the file as an attachment, or a small page saying why not.
 */
@NullMarked
package se.connectbot.app.files;

import org.jspecify.annotations.NullMarked;

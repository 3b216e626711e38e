/**
 * Files carried by reference: the {@link se.connectbot.core.files.FileStore} keeps a file's
 * content in PostgreSQL, where every instance of the bot reads it, for whom it was made and with
 * the right needed to read it again; a {@link se.connectbot.core.reply.Block.Attachment} carries
 * only its {@link se.connectbot.core.reply.FileRef}. Where a platform cannot take a file,
 * {@link se.connectbot.core.files.DownloadLinks} makes a short-lived signed link to it, and
 * {@link se.connectbot.core.files.FileDownloads} hands the file out only after checking again
 * that its owner may still read it.
 */
@NullMarked
package se.connectbot.core.files;

import org.jspecify.annotations.NullMarked;

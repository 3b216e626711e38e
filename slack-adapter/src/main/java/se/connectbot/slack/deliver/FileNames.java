package se.connectbot.slack.deliver;

import java.util.Locale;
import java.util.Map;

/**
 * Slack's upload flow takes no content type: Slack infers the file's type from its name. So the
 * name must end the way its content type says ({@code faktura-1001} as a PDF becomes
 * {@code faktura-1001.pdf}).
 */
final class FileNames {

    private static final Map<String, String> EXTENSIONS = Map.of(
            "application/pdf", "pdf",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx",
            "text/csv", "csv",
            "text/plain", "txt",
            "application/json", "json",
            "application/zip", "zip",
            "image/png", "png",
            "image/jpeg", "jpg");

    private FileNames() {
    }

    static String fitting(String fileName, String contentType) {
        String name = fileName.isBlank() ? "file" : fileName.strip().replaceAll("[\\\\/\\p{Cntrl}]", "_");
        String type = contentType.toLowerCase(Locale.ROOT).split(";")[0].strip();
        String extension = EXTENSIONS.get(type);
        if (extension == null || name.toLowerCase(Locale.ROOT).endsWith("." + extension)) {
            return name;
        }
        return name + "." + extension;
    }
}

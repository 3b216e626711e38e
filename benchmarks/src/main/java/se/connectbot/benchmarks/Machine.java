package se.connectbot.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where and when a benchmark ran: CPU model and cores, memory, Java, operating system, the date,
 * and the load average, which says how much else competed for the CPU (other builds, here).
 */
public record Machine(String cpu, int cores, long memoryMb, String javaVersion, String os) {

    private static final Path CPU_INFO = Path.of("/proc/cpuinfo");
    private static final Path MEM_INFO = Path.of("/proc/meminfo");
    private static final Path LOAD_AVERAGE = Path.of("/proc/loadavg");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT);

    public static Machine current() {
        return new Machine(readCpuModel(), Runtime.getRuntime().availableProcessors(), readMemoryMb(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                        + " (" + System.getProperty("java.vendor") + ")",
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
    }

    /** The 1, 5 and 15 minute load averages, or "unknown" off Linux. */
    public static String loadAverage() {
        try {
            String[] fields = Files.readString(LOAD_AVERAGE).trim().split("\\s+");
            return fields[0] + " / " + fields[1] + " / " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    public static String now(Clock clock) {
        return WHEN.format(clock.instant().atZone(ZoneOffset.UTC));
    }

    /** One line for a report. */
    public String describe() {
        return cpu + ", " + cores + " cores, " + memoryMb / 1024 + " GB RAM; " + javaVersion + "; " + os;
    }

    private static String readCpuModel() {
        return field(CPU_INFO, "model name").orElse(System.getProperty("os.arch"));
    }

    private static long readMemoryMb() {
        return field(MEM_INFO, "MemTotal").map(v -> Long.parseLong(v.replaceAll("[^0-9]", "")) / 1024)
                .orElse(Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    private static Optional<String> field(Path file, String name) {
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.stream().filter(l -> l.startsWith(name)).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}

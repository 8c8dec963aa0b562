package com.salespact.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The machine a benchmark ran on, as far as the JVM and /proc tell (Linux; elsewhere some parts say "n/a"). */
final class Machine {

    private Machine() {
    }

    static String cpu() {
        String model = proc("/proc/cpuinfo", "model name");
        return Runtime.getRuntime().availableProcessors() + " cores available to the JVM"
                + (model == null ? "" : " (" + model + ")");
    }

    static String memory() {
        String total = proc("/proc/meminfo", "MemTotal");
        String available = proc("/proc/meminfo", "MemAvailable");
        return (total == null ? "n/a" : gib(total) + " RAM, " + gib(available) + " available")
                + String.format(Locale.ROOT, "; JVM max heap %.1f GiB", Runtime.getRuntime().maxMemory() / 1024.0 / 1024 / 1024);
    }

    static String jdk() {
        return System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.name") + " "
                + Runtime.version() + " on " + System.getProperty("os.name") + " " + System.getProperty("os.version");
    }

    /** "1.71 4.69 7.12" (1, 5 and 15 minutes), or the JVM's 1-minute figure. */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " / " + parts[1] + " / " + parts[2] + " (1 / 5 / 15 min)";
        } catch (IOException | RuntimeException e) {
            return String.format(Locale.ROOT, "%.2f (1 min)",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static String gib(String kib) {
        long value = Long.parseLong(kib.replaceAll("[^0-9]", ""));
        return String.format(Locale.ROOT, "%.1f GiB", value / 1024.0 / 1024);
    }

    private static String proc(String file, String key) {
        try {
            List<String> lines = Files.readAllLines(Path.of(file));
            return lines.stream().filter(line -> line.startsWith(key)).findFirst()
                    .map(line -> line.substring(line.indexOf(':') + 1).trim()).orElse(null);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}

package com.salespact.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The server under test seen from outside, through jcmd: its heap after a full GC and its class histogram. */
final class ServerJvm {

    private static final Pattern USED = Pattern.compile("used (\\d+)K");
    /** "   1:   123456   7890123  java.lang.String (java.base@25)" */
    private static final Pattern HISTOGRAM_LINE = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)", Pattern.MULTILINE);

    private ServerJvm() {
    }

    /** Used heap after jcmd GC.run, in bytes; -1 when unknown (no pid, no jcmd). */
    static long heapAfterGc(long pid) {
        if (pid < 0) {
            return -1;
        }
        try {
            jcmd(pid, "GC.run");
            Matcher used = USED.matcher(jcmd(pid, "GC.heap_info"));
            return used.find() ? Long.parseLong(used.group(1)) * 1024 : -1;
        } catch (IOException | InterruptedException | RuntimeException e) {
            return -1;
        }
    }

    /** Bytes per class of the live objects (GC.class_histogram runs a full GC first). */
    static Map<String, Long> histogram(long pid) throws IOException, InterruptedException {
        Map<String, Long> bytes = new HashMap<>();
        Matcher line = HISTOGRAM_LINE.matcher(jcmd(pid, "GC.class_histogram"));
        while (line.find()) {
            bytes.merge(line.group(3), Long.parseLong(line.group(2)), Long::sum);
        }
        return bytes;
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process process = new ProcessBuilder(jcmd.toString(), String.valueOf(pid), command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(60, TimeUnit.SECONDS);
        return out;
    }
}

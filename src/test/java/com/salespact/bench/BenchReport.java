package com.salespact.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** A benchmark's report: lines added as it runs, then printed and written to {@code target/bench/<file>}. */
final class BenchReport {

    private final List<String> lines = new ArrayList<>();

    /** A line; formatted (Locale.ROOT) when arguments are given, taken as it is otherwise. */
    void line(String format, Object... args) {
        lines.add(args.length == 0 ? format : String.format(Locale.ROOT, format, args));
    }

    void addAll(Collection<String> more) {
        lines.addAll(more);
    }

    /** Prints the report and writes it to target/bench/{@code file}. */
    void write(String file) throws IOException {
        String text = String.join(System.lineSeparator(), lines);
        System.out.println(System.lineSeparator() + text + System.lineSeparator() + "=".repeat(40));
        Path out = Path.of("target", "bench", file);
        Files.createDirectories(out.getParent());
        Files.writeString(out, text + System.lineSeparator());
    }
}

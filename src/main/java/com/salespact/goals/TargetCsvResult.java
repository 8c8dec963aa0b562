package com.salespact.goals;

/** What an import did: targets changed (each with a revision) and rows that matched what was stored. */
public record TargetCsvResult(int changed, int unchanged) {
}

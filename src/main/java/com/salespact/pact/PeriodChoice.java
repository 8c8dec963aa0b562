package com.salespact.pact;

/** A period the manager may pick in step 1: a fiscal year ({@code fiscalYear} set) or twelve months from a month. */
public record PeriodChoice(PactPeriod period, Integer fiscalYear) {
}

package com.salespact.deals;

/** A = strategic, B = important, C = the rest. A and B accounts get an account plan. */
public enum AccountClass {
    A, B, C;

    public boolean needsPlan() {
        return this != C;
    }
}

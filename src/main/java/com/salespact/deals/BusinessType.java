package com.salespact.deals;

/** Hunters own new business, farmers existing customers. */
public enum BusinessType {
    NEW, EXISTING
}

package com.salespact.api;

/** What a token may do: READ answers GET only; WRITE also creates and changes. */
public enum ApiScope {
    READ, WRITE
}

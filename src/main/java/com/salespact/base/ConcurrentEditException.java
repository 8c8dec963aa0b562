package com.salespact.base;

/** Someone else saved the same record since it was opened; the caller's change was not applied. */
public class ConcurrentEditException extends RuntimeException {

    public ConcurrentEditException(String message) {
        super(message);
    }
}

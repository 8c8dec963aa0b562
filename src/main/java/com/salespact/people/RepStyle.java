package com.salespact.people;

/** Hunters win new business; farmers grow existing accounts. */
public enum RepStyle {
    HUNTER, FARMER
}

package com.salespact.base.ui;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Validator;

/** A multi-line {@link LimitedTextField}: tabs and line breaks are allowed, other control characters are not. */
public class LimitedTextArea extends TextArea {

    private final int max;

    public LimitedTextArea(String label, int max) {
        super(label);
        this.max = max;
    }

    public int limit() {
        return max;
    }

    @Override
    public Validator<String> getDefaultValidator() {
        return TextProblems.validator(this, max, true, super.getDefaultValidator());
    }
}

package com.salespact.base.ui;

import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Validator;

/**
 * A one-line text field with a length limit that refuses instead of cutting: a 10,000-character paste stays in the
 * field, marked "At most 200 characters — you typed 10,000", and the form does not save. The browser's own maxlength
 * is not set because it cuts pasted text without a word. Control characters are refused the same way.
 */
public class LimitedTextField extends TextField {

    private final int max;

    public LimitedTextField(String label, int max) {
        super(label);
        this.max = max;
    }

    public int limit() {
        return max;
    }

    @Override
    public Validator<String> getDefaultValidator() {
        return TextProblems.validator(this, max, false, super.getDefaultValidator());
    }
}

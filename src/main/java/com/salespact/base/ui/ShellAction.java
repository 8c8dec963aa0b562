package com.salespact.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A control that features put into the shell on every page (e.g. the floating "Log activity" button), so the
 * shell needs to know nothing about features. Implementations are Spring beans.
 */
public interface ShellAction {

    /** The control for the signed-in person, or empty when it does not apply to them. */
    Optional<Component> create();
}

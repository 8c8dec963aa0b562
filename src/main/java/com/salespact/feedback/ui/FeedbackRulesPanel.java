package com.salespact.feedback.ui;

import com.salespact.feedback.FeedbackVisibility;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;

/** "Who sees what": the feedback visibility rules as the service enforces them, in words. */
class FeedbackRulesPanel extends Details {

    FeedbackRulesPanel() {
        setSummaryText(getTranslation("feedback.rules.title"));
        setId("feedback-rules");
        addClassName("feedback-rules");
        UnorderedList list = new UnorderedList();
        for (FeedbackVisibility.Rule rule : FeedbackVisibility.rules()) {
            ListItem item = new ListItem(getTranslation(rule.messageKey()));
            item.addClassName("feedback-rule");
            list.add(item);
        }
        add(list);
    }
}

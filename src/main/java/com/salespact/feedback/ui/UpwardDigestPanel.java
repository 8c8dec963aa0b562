package com.salespact.feedback.ui;

import com.salespact.feedback.FeedbackUpwardDigest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * What a manager's team says about them, without names: counts and texts only once enough notes have arrived to keep
 * the writers anonymous, before that just how many there are.
 */
class UpwardDigestPanel extends Div {

    UpwardDigestPanel(FeedbackUpwardDigest digest) {
        add(new H4(getTranslation("feedback.digest.title")));
        setId("feedback-digest");
        addClassName("feedback-digest");
        if (digest.notes() == 0) {
            add(new Paragraph(getTranslation("feedback.digest.none")));
        } else if (!digest.shown()) {
            add(new Paragraph(getTranslation("feedback.digest.hidden", digest.notes())));
        } else {
            add(new Paragraph(getTranslation("feedback.digest.counts", digest.notes(), digest.praise(),
                    digest.constructive())));
            UnorderedList texts = new UnorderedList();
            digest.texts().forEach(text -> texts.add(new ListItem(text)));
            add(texts);
        }
    }
}

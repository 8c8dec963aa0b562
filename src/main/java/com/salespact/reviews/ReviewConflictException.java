package com.salespact.reviews;

import com.salespact.base.Messages;
import com.salespact.base.merge.EditConflictException;
import com.salespact.base.merge.FieldConflict;
import java.util.List;

/**
 * Somebody else saved the same text of this review differently since the page loaded it; nothing was saved.
 * Carries their texts (as the caller may see them) so the page can merge the user's choice onto them.
 */
public class ReviewConflictException extends EditConflictException {

    private final transient ReviewTexts current;

    public ReviewConflictException(ReviewTexts current, List<FieldConflict> conflicts, long currentVersion) {
        super(Messages.text("review.conflict.message"), conflicts,
                currentVersion);
        this.current = current;
    }

    public ReviewTexts current() {
        return current;
    }
}

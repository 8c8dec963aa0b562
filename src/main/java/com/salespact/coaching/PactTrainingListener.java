package com.salespact.coaching;

import com.salespact.pact.PactService;
import com.salespact.pact.PactSigned;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A newly signed pact's training plan becomes the rep's tracked training items (progress on kept items stays). */
@Component
class PactTrainingListener {

    private final PactService pacts;
    private final TrainingService training;

    PactTrainingListener(PactService pacts, TrainingService training) {
        this.pacts = pacts;
        this.training = training;
    }

    @EventListener
    void onSigned(PactSigned signed) {
        // The version just signed, which may be next period's rather than the one in force today.
        pacts.load(signed.versionId()).ifPresent(terms -> training.replacePactPlan(signed.repId(),
                terms.document().role().training().stream()
                        .map(line -> new TrainingPlanLine(line.item(), line.due())).toList()));
    }
}

package com.salespact.pact;

import com.salespact.TestSupport;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Takes a rep's pact through the whole conversation in the service, for tests of what a signed pact governs. */
public final class PactSigning {

    private PactSigning() {
    }

    /**
     * The manager opens a draft (or the next version), fills it with {@code document} and proposes it (which freezes
     * the commission plan as it stands); the rep signs and the manager countersigns. Leaves the manager signed in.
     * @return the signed version's id
     */
    public static long sign(PactService pacts, UserDetailsService users, String manager, String rep, long repId,
                            PactDocument document) {
        long versionId = propose(pacts, users, manager, repId, document);
        long version = pacts.load(versionId).orElseThrow().version();
        TestSupport.signIn(users, rep);
        version = pacts.signAsRep(versionId, version);
        TestSupport.signIn(users, manager);
        pacts.countersign(versionId, version);
        return versionId;
    }

    /** The manager opens a draft (or the next version), fills it and proposes it. @return the version's id */
    public static long propose(PactService pacts, UserDetailsService users, String manager, long repId,
                               PactDocument document) {
        TestSupport.signIn(users, manager);
        long versionId = pacts.openDraft(repId);
        long version = pacts.load(versionId).orElseThrow().version();
        for (PactStep step : PactStep.values()) {
            version = pacts.save(versionId, version, document.step(step), 6).version();
        }
        pacts.propose(versionId, version);
        return versionId;
    }

    /** Removes the rep's pact and what signing it left behind (notifications, the training plan it wrote). */
    public static void remove(JdbcTemplate jdbc, long repId) {
        jdbc.update("delete from app_notification where kind like 'PACT_%' and (person_id = ? or person_id in "
                + "(select t.manager_id from team t join person p on p.team_id = t.id where p.id = ?))", repId, repId);
        jdbc.update("delete from training_item where rep_id = ? and source = 'PACT'", repId);
        jdbc.update("delete from pact where rep_id = ?", repId);
        PactTestData.restoreTargets(jdbc, repId);
    }
}

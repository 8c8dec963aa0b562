package com.salespact.activities.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What an activity import looks up, in bulk and {@value #CHUNK} keys at a time: stored activities by external id
 * (with their rep's team, for scope) and deals by lower-case name. Scope is the importer's business.
 */
@Component
public class ActivityImportQuery {

    static final int CHUNK = 500;

    /** An imported activity as stored. */
    public record StoredActivity(long id, String externalId, long repId, Long repTeamId) {
    }

    /** A deal an activity row may name, with its owner's team for scope. */
    public record NamedDeal(long id, String externalId, String name, long accountId, long ownerId, Long ownerTeamId) {
    }

    private final JdbcClient jdbc;

    ActivityImportQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, StoredActivity> activities(Collection<String> externalIds) {
        Map<String, StoredActivity> found = new HashMap<>();
        for (List<String> chunk : chunks(externalIds)) {
            jdbc.sql("""
                    select x.id, x.external_id, x.rep_id, p.team_id as rep_team_id
                    from activity x join person p on p.id = x.rep_id where x.external_id in (:ids)""")
                    .param("ids", chunk).query(StoredActivity.class).list()
                    .forEach(activity -> found.put(activity.externalId(), activity));
        }
        return found;
    }

    /** Deals by lower-case name, every deal of a name (the caller picks the one in scope), oldest first. */
    public Map<String, List<NamedDeal>> dealsByName(Collection<String> lowerCaseNames) {
        Map<String, List<NamedDeal>> found = new HashMap<>();
        for (List<String> chunk : chunks(lowerCaseNames)) {
            jdbc.sql("""
                    select d.id, d.external_id, d.name, d.account_id, d.owner_id, p.team_id as owner_team_id
                    from deal d join person p on p.id = d.owner_id where lower(d.name) in (:names) order by d.id""")
                    .param("names", chunk).query(NamedDeal.class).list()
                    .forEach(deal -> found.computeIfAbsent(deal.name().toLowerCase(java.util.Locale.ROOT),
                            name -> new ArrayList<>()).add(deal));
        }
        return found;
    }

    private static List<List<String>> chunks(Collection<String> keys) {
        List<String> all = List.copyOf(keys);
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }
}

package com.salespact.api;

import com.salespact.activities.Activity;
import com.salespact.activities.ActivityKind;
import com.salespact.activities.ActivityService;
import com.salespact.base.RuleViolation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Activities logged over the API through {@link ActivityService}, like the log dialog: the rep's scorecard and the
 * team's screens update live. A bulk log is all or nothing: the first line a rule refuses is named (1-based) and
 * nothing of the request is saved.
 */
@RestController
@RequestMapping("/api/v1/activities")
@Tag(name = "Activities")
class ApiActivitiesController {

    /** The most lines one bulk request takes. */
    static final int MAX_LINES = 1000;

    /** One activity of {@code repId} (a rep of the token's team), optionally on an account and a deal. */
    record ActivityRequest(Long repId, ActivityKind kind, LocalDate date, Long accountId, Long dealId, String note) {
    }

    record BulkRequest(List<ActivityRequest> activities) {
    }

    record ApiActivity(long id, long repId, ActivityKind kind, LocalDate date, Long accountId, Long dealId,
                       String note) {

        static ApiActivity of(Activity activity) {
            return new ApiActivity(activity.getId(), activity.getRepId(), activity.getKind(), activity.getDate(),
                    activity.getAccountId(), activity.getDealId(), activity.getNote());
        }
    }

    record BulkResult(int logged, List<ApiActivity> activities) {
    }

    private final ActivityService activities;
    private final TransactionTemplate transaction;

    ApiActivitiesController(ActivityService activities, PlatformTransactionManager transactions) {
        this.activities = activities;
        this.transaction = new TransactionTemplate(transactions);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ApiActivity log(@RequestBody ActivityRequest request) {
        return ApiActivity.of(logOne(request));
    }

    @PostMapping(path = "/bulk")
    @ResponseStatus(HttpStatus.CREATED)
    BulkResult logAll(@RequestBody BulkRequest request) {
        List<ActivityRequest> lines = request.activities() == null ? List.of() : request.activities();
        if (lines.isEmpty()) {
            throw RuleViolation.at("activities", "api.rule.bulk-empty");
        }
        if (lines.size() > MAX_LINES) {
            throw RuleViolation.at("activities", "api.rule.bulk-too-many", String.valueOf(MAX_LINES));
        }
        List<ApiActivity> logged = transaction.execute(status -> {
            List<ApiActivity> done = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                try {
                    done.add(ApiActivity.of(logOne(lines.get(i))));
                } catch (RuleViolation refused) {
                    throw new BulkViolation(i + 1, refused);
                } catch (AccessDeniedException outside) {
                    throw new BulkViolation(i + 1, RuleViolation.at("repId", "api.error.not-found"));
                }
            }
            return done;
        });
        return new BulkResult(logged.size(), logged);
    }

    private Activity logOne(ActivityRequest request) {
        if (request == null || request.repId() == null) {
            throw RuleViolation.at("repId", "api.rule.required");
        }
        return activities.log(request.repId(), request.kind(), request.date(), request.accountId(), request.dealId(),
                request.note());
    }
}

package com.salespact.api;

import com.salespact.api.query.ApiDealQuery;
import com.salespact.base.RuleViolation;
import com.salespact.deals.ClosingDraft;
import com.salespact.deals.ClosingService;
import com.salespact.deals.DealDetails;
import com.salespact.deals.DealDraft;
import com.salespact.deals.DealService;
import com.salespact.deals.DealStatus;
import com.salespact.deals.Stage;
import com.salespact.people.AccessGuard;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Deals over the API, through the same services as the deal screens: the rules, the stage history, the closing rules
 * and the live updates of dashboards and walls are theirs. A deal outside the token's team is not found (404). A win or
 * loss is applied at once, without the screens' undo window (decision 024): the integration reports a close already
 * decided in its own system, and nobody sits at a screen to undo it.
 */
@RestController
@RequestMapping("/api/v1/deals")
@Tag(name = "Deals")
class ApiDealsController {

    private final DealService deals;
    private final ClosingService closing;
    private final ApiDealQuery query;
    private final AccessGuard guard;
    private final Clock clock;

    ApiDealsController(DealService deals, ClosingService closing, ApiDealQuery query, AccessGuard guard, Clock clock) {
        this.deals = deals;
        this.closing = closing;
        this.query = query;
        this.guard = guard;
        this.clock = clock;
    }

    /** Deals by id, optionally only OPEN, WON or LOST ones, or those changed since an instant (ISO 8601). */
    @GetMapping
    ApiPage<ApiDeal> list(@RequestParam(required = false) DealStatus status,
                          @RequestParam(required = false)
                          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime updatedSince,
                          @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        ApiPage.Paging paging = ApiPage.Paging.of(page, size);
        var scope = guard.scope();
        return ApiPage.of(query.page(scope, status, updatedSince, paging.offset(), paging.size()), paging,
                query.count(scope, status, updatedSince));
    }

    @GetMapping("/{id}")
    ApiDeal get(@PathVariable long id) {
        return visible(id);
    }

    /** A deal by the id it has in the CRM it came from (or SalesPact's own {@code SP-D-…}). */
    @GetMapping("/external/{externalId}")
    ApiDeal getByExternalId(@PathVariable String externalId) {
        return query.byExternalId(guard.scope(), externalId).orElseThrow(ApiProblem::notFound);
    }

    /** A new deal, owned by {@code ownerId} (a rep of the token's team); opens in Prospect unless a stage is given. */
    @PostMapping
    ResponseEntity<ApiDeal> create(@RequestBody ApiDealRequests.Create request) {
        if (request.ownerId() == null) {
            throw RuleViolation.at("ownerId", "api.rule.required");
        }
        DealDraft draft = new DealDraft();
        draft.setName(request.name());
        draft.setAccountId(request.accountId());
        draft.setAmount(request.amount());
        draft.setGrossProfit(request.grossProfit());
        if (request.stage() != null) {
            draft.setStage(request.stage());
        }
        draft.setForecastCategory(request.forecastCategory());
        draft.setExpectedCloseDate(request.expectedCloseDate());
        draft.setNextStep(request.nextStep());
        DealDetails saved = deals.save(null, 0, request.ownerId(), draft);
        return ResponseEntity.created(URI.create("/api/v1/deals/" + saved.id())).body(visible(saved.id()));
    }

    /** Changes the fields given, over the deal as it was at {@code version}; 409 with the current version if it moved on. */
    @PutMapping(path = "/{id}")
    ApiDeal update(@PathVariable long id, @RequestBody ApiDealRequests.Update request) {
        return update(visible(id), request);
    }

    @PutMapping(path = "/external/{externalId}")
    ApiDeal updateByExternalId(@PathVariable String externalId, @RequestBody ApiDealRequests.Update request) {
        return update(getByExternalId(externalId), request);
    }

    /** Moves the deal to another open stage (a win or loss: {@code /win}, {@code /lose}). */
    @PostMapping(path = "/{id}/stage")
    ApiDeal move(@PathVariable long id, @RequestBody ApiDealRequests.Move request) {
        visible(id);
        if (request.stage() == null) {
            throw RuleViolation.at("stage", "api.rule.required");
        }
        deals.moveStage(id, request.stage(), version(request.version()));
        return visible(id);
    }

    /** Wins the deal now; the wall and dashboards of its team show it within a second. */
    @PostMapping(path = "/{id}/win")
    ApiDeal win(@PathVariable long id, @RequestBody ApiDealRequests.Win request) {
        ApiDeal deal = visible(id);
        closing.closeAtOnce(id, version(request.version()), Stage.WON, new ClosingDraft(
                request.amount() == null ? deal.amount() : request.amount(), orToday(request.closedOn()), null));
        return visible(id);
    }

    @PostMapping(path = "/{id}/lose")
    ApiDeal lose(@PathVariable long id, @RequestBody ApiDealRequests.Lose request) {
        visible(id);
        closing.closeAtOnce(id, version(request.version()), Stage.LOST,
                new ClosingDraft(null, orToday(request.closedOn()), request.reason()));
        return visible(id);
    }

    private ApiDeal update(ApiDeal current, ApiDealRequests.Update request) {
        long version = version(request.version());
        DealDraft draft = DealDraft.of(deals.load(current.id()).orElseThrow(ApiProblem::notFound));
        if (request.name() != null) {
            draft.setName(request.name());
        }
        if (request.accountId() != null) {
            draft.setAccountId(request.accountId());
        }
        if (request.amount() != null) {
            draft.setAmount(request.amount());
        }
        if (request.grossProfit() != null) {
            draft.setGrossProfit(request.grossProfit());
        }
        if (request.stage() != null) {
            draft.setStage(request.stage());
        }
        if (request.forecastCategory() != null) {
            draft.setForecastCategory(request.forecastCategory());
        }
        if (request.expectedCloseDate() != null) {
            draft.setExpectedCloseDate(request.expectedCloseDate());
        }
        if (request.nextStep() != null) {
            draft.setNextStep(request.nextStep());
        }
        deals.save(current.id(), version, null, draft);
        return visible(current.id());
    }

    private ApiDeal visible(long id) {
        return query.byId(guard.scope(), id).orElseThrow(ApiProblem::notFound);
    }

    private static long version(Long version) {
        if (version == null) {
            throw RuleViolation.at("version", "api.rule.version-required");
        }
        return version;
    }

    private LocalDate orToday(LocalDate day) {
        return day == null ? LocalDate.now(clock) : day;
    }
}

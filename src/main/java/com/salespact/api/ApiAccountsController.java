package com.salespact.api;

import com.salespact.base.RuleViolation;
import com.salespact.deals.AccountClass;
import com.salespact.deals.AccountDetails;
import com.salespact.deals.AccountDraft;
import com.salespact.deals.AccountFilter;
import com.salespact.deals.AccountService;
import com.salespact.deals.BusinessType;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Accounts over the API, through {@link AccountService} like the account screens; another team's is not found. */
@RestController
@RequestMapping("/api/v1/accounts")
@Tag(name = "Accounts")
class ApiAccountsController {

    /** A new account (for {@code ownerId}, a rep of the token's team) or the fields to change (with {@code version}). */
    record AccountRequest(Long version, String name, String externalId, Long ownerId, AccountClass accountClass,
                          BusinessType businessType, String industry, String city) {
    }

    private final AccountService accounts;

    ApiAccountsController(AccountService accounts) {
        this.accounts = accounts;
    }

    /** Accounts by name; {@code text} matches name, external id, city or industry. */
    @GetMapping
    ApiPage<ApiAccount> list(@RequestParam(required = false) String text,
                             @RequestParam(required = false) Integer page,
                             @RequestParam(required = false) Integer size) {
        ApiPage.Paging paging = ApiPage.Paging.of(page, size);
        AccountFilter filter = AccountFilter.all().withText(text);
        return ApiPage.of(accounts.list(filter, paging.offset(), paging.size(), Sort.unsorted()).stream()
                .map(ApiAccount::of).toList(), paging, accounts.count(filter));
    }

    @GetMapping("/{id}")
    ApiAccount get(@PathVariable long id) {
        return ApiAccount.of(details(id));
    }

    @PostMapping
    ResponseEntity<ApiAccount> create(@RequestBody AccountRequest request) {
        AccountDraft draft = new AccountDraft();
        draft.setOwnerId(request.ownerId());
        apply(request, draft);
        AccountDetails saved = accounts.save(null, 0, draft);
        return ResponseEntity.created(URI.create("/api/v1/accounts/" + saved.id())).body(ApiAccount.of(saved));
    }

    /** Changes the fields given over the account as it was at {@code version}; the owner changes only in the app. */
    @PutMapping(path = "/{id}")
    ApiAccount update(@PathVariable long id, @RequestBody AccountRequest request) {
        if (request.version() == null) {
            throw RuleViolation.at("version", "api.rule.version-required");
        }
        AccountDraft draft = AccountDraft.of(details(id));
        apply(request, draft);
        return ApiAccount.of(accounts.save(id, request.version(), draft));
    }

    private AccountDetails details(long id) {
        return accounts.accountPage(id).orElseThrow(ApiProblem::notFound);
    }

    private static void apply(AccountRequest request, AccountDraft draft) {
        if (request.name() != null) {
            draft.setName(request.name());
        }
        if (request.externalId() != null) {
            draft.setExternalId(request.externalId());
        }
        if (request.accountClass() != null) {
            draft.setAccountClass(request.accountClass());
        }
        if (request.businessType() != null) {
            draft.setBusinessType(request.businessType());
        }
        if (request.industry() != null) {
            draft.setIndustry(request.industry());
        }
        if (request.city() != null) {
            draft.setCity(request.city());
        }
    }
}

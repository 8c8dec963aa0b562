package com.salespact.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** One page of a list: the items, where it stands, the total and the link to the next page (absent on the last). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiPage<T>(List<T> items, int page, int size, long total, String next) {

    /** The most items a page holds; a larger {@code size} is refused (400). */
    public static final int MAX_SIZE = 200;

    static <T> ApiPage<T> of(List<T> items, Paging paging, long total) {
        String next = (long) (paging.page() + 1) * paging.size() < total
                ? ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", paging.page() + 1)
                .replaceQueryParam("size", paging.size()).build().toUriString()
                : null;
        return new ApiPage<>(items, paging.page(), paging.size(), total, next);
    }

    /** {@code page} (from 0) and {@code size} (1..200) as asked. */
    record Paging(int page, int size) {

        static Paging of(Integer page, Integer size) {
            int p = page == null ? 0 : page;
            int s = size == null ? 50 : size;
            if (p < 0) {
                throw ApiProblem.badField("page", "api.error.page");
            }
            if (s < 1 || s > MAX_SIZE) {
                throw ApiProblem.badField("size", "api.error.size", String.valueOf(MAX_SIZE));
            }
            return new Paging(p, s);
        }

        int offset() {
            return page * size;
        }
    }
}

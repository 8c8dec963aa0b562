package com.salespact.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.filter.OncePerRequestFilter;

/** A filter of API calls: the OpenAPI document and Swagger UI pass untouched (docs only, no token, no data). */
abstract class ApiCallFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return ApiSecurity.isDocumentation(request.getRequestURI().substring(request.getContextPath().length()));
    }
}

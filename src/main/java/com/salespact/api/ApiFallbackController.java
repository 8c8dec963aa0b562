package com.salespact.api;

import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Any other path under /api/v1 is a JSON 404, never Vaadin's page-not-found HTML; /api/docs opens Swagger UI. */
@RestController
@Hidden
class ApiFallbackController {

    /** The address people type: Swagger UI itself lives under it (springdoc.swagger-ui.path). */
    @GetMapping(ApiSecurity.DOCS)
    ResponseEntity<Void> docs() {
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(ApiSecurity.DOCS + "/swagger-ui/index.html"))
                .build();
    }

    @RequestMapping("/api/v1/**")
    void unknown() {
        throw ApiProblem.notFound();
    }
}

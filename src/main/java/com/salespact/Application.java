package com.salespact;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableAsync;

/** SalesPact: one jar, embedded file database by default, PostgreSQL in production. */
@SpringBootApplication
@EnableAsync
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/salespact.css")
@PWA(name = "SalesPact", shortName = "SalesPact")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}

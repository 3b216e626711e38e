package se.connectbot.sandbox;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The sandbox portal: a reference implementation of the Portal API contract with an OAuth 2.0
 * authorization server and Swedish demo data, on PostgreSQL (embedded unless configured).
 */
@SpringBootApplication
public class SandboxApplication {

    public static void main(String[] args) {
        SpringApplication.run(SandboxApplication.class, args);
    }
}

package se.samverkan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SamverkanApplication {

    public static void main(String[] args) {
        SpringApplication.run(SamverkanApplication.class, args);
    }
}

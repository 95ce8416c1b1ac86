package io.github.middlewaresignals.sample.notification;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class NotificationController {

    private final NotificationRepository notifications;

    NotificationController(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    /** The latest 100 notifications, newest first. */
    @GetMapping("/api/notifications")
    List<NotificationResponse> list() {
        return notifications.findTop100ByOrderByIdDesc().stream().map(NotificationResponse::of).toList();
    }
}

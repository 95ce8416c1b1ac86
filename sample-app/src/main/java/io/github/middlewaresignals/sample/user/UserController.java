package io.github.middlewaresignals.sample.user;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/users")
class UserController {

    private final UserService users;

    UserController(UserService users) {
        this.users = users;
    }

    @PostMapping
    ResponseEntity<UserResponse> create(@Valid @RequestBody CreateUserRequest request) {
        UserResponse user = users.create(request);
        return ResponseEntity.created(URI.create("/api/users/" + user.id())).body(user);
    }

    @PostMapping("/import")
    @ResponseStatus(HttpStatus.CREATED)
    List<UserResponse> importAll(@Valid @RequestBody ImportUsersRequest request) {
        return users.importAll(request.users());
    }

    @PatchMapping("/{id}")
    UserResponse update(@PathVariable long id, @Valid @RequestBody UpdateUserRequest request) {
        return users.update(id, request);
    }

    @GetMapping("/{id}/profile")
    ProfileResponse profile(@PathVariable long id) {
        return users.profile(id);
    }
}

// Who may do what, in one place.
//
// Step 3: write can(user, permission, application), the one function every route asks before it
// acts: "may this user apply / view / edit / submit / approve / reject / withdraw / close?"
//
// Step 4: next to it, allowedActions(user, application): the actions this user could take on
// this application right now, for the client to draw its buttons.

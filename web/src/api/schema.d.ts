/** Generated from the OpenAPI document by `npm run generate:client`; do not edit by hand. */

export interface paths {
    "/api/v1/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the instance has its first admin */
        get: operations["getSetupState"];
        put?: never;
        /** Create the first instance admin (once) and sign in */
        post: operations["setUpInstance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in; sets an HttpOnly session cookie */
        post: operations["logIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the current session */
        post: operations["logOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your API tokens (without their secrets) */
        get: operations["listTokens"];
        put?: never;
        /** Create an API token (shown once) */
        post: operations["createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API token */
        delete: operations["revokeToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All users, to add them to portfolios */
        get: operations["listUsers"];
        put?: never;
        /** Create a user (instance admins) */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One user */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Rename, deactivate or reactivate a person, or make them admin or not (instance admins); anyone may change their own name
         * @description Deactivating ends the person's sessions and API tokens at once and refuses their sign-in; their history stays and columns accountable to them show as a responsibility gap. 409 last_instance_admin when no active instance admin would remain.
         */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/api/v1/portfolios": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Portfolios you are a member of */
        get: operations["listPortfolios"];
        put?: never;
        /** Create a portfolio with one board; the creator becomes its portfolio manager */
        post: operations["createPortfolio"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portfolios/{id}/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Switch the organisation template, small or enterprise (portfolio.admin): every column's responsibility and gate and every member's roles before and after
         * @description small: every stage is accountable to the role that grants every capability, gates off; enterprise: each stage is accountable as its board template says, gates on. Responsible, consulted and informed stay, and members keep their roles. Without dryRun the switch is applied in one transaction, audited, with a policy version per changed column; send the preview's version and digest so that a change since the preview is refused (409 version_conflict, 409 stale_preview).
         */
        post: operations["switchPortfolioTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portfolios/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One portfolio, with your roles and capabilities in it */
        get: operations["getPortfolio"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename or archive (portfolio.admin) */
        patch: operations["updatePortfolio"];
        trace?: never;
    };
    "/api/v1/portfolios/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Members and their roles */
        get: operations["listMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portfolios/{id}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set a member's roles (portfolio.admin) */
        put: operations["setMember"];
        post?: never;
        /** Remove a member (portfolio.admin) */
        delete: operations["removeMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portfolios/{id}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The role catalogue of the portfolio */
        get: operations["listRoles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portfolios/{id}/roles/{roleKey}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Create or replace a role (portfolio.admin) */
        put: operations["putRole"];
        post?: never;
        /** Delete a role nobody holds (portfolio.admin) */
        delete: operations["deleteRole"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portfolios/{id}/boards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Boards of the portfolio */
        get: operations["listBoards"];
        put?: never;
        /** Add a board from a template (workflow.configure) */
        post: operations["createBoard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portfolios/{id}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every item of the portfolio as `{id, key, title, boardId}`, board by board (in the order boards were added) and by rank */
        get: operations["listPortfolioItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portfolios/{id}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Audit log, newest first (audit.view); filter by actor, item, entity, action (a trailing "." matches a prefix: item.) and time. Append-only: no endpoint alters it */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/boards/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A board with its columns, swimlanes and cards (each item as its card shows it) */
        get: operations["getBoard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Board settings (workflow.configure) */
        patch: operations["updateBoard"];
        trace?: never;
    };
    "/api/v1/boards/{id}/columns/{columnId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Column policies: WIP limit, policy, exit criteria, gate, responsibility (workflow.configure) */
        patch: operations["updateColumn"];
        trace?: never;
    };
    "/api/v1/boards/{id}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an item (default: first column)
         * @description When the item is created or changed straight into work in progress with a strategic theme or value stream beyond its target share, the answer also has `warnings` (`[{code: "guardrail_exceeded", kind, id, name, targetShare, share, …}]`), as a move's answer does.
         */
        post: operations["createItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/items/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One item */
        get: operations["getItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change fields (item.edit; an idea’s proposer may change its title and description while it waits in the intake; WSJF needs backlog.rank)
         * @description When the item is created or changed straight into work in progress with a strategic theme or value stream beyond its target share, the answer also has `warnings` (`[{code: "guardrail_exceeded", kind, id, name, targetShare, share, …}]`), as a move's answer does.
         */
        patch: operations["updateItem"];
        trace?: never;
    };
    "/api/v1/items/{id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move to a column and/or rank next to another item, under WIP, exit-criteria (moving forward only) and gate policies */
        post: operations["moveItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/items/{id}/block": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Block with a reason (item.block) */
        post: operations["blockItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/items/{id}/unblock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Clear the block (item.block, or the member named to clear it) */
        post: operations["unblockItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/items/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Transitions, block periods and field changes (each changed field of each edit, with its value before and after), oldest first */
        get: operations["getItemHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/items/{id}/responsibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is responsible for the item now, and why */
        get: operations["getItemResponsibility"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/items/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Comments, oldest first */
        get: operations["listComments"];
        put?: never;
        /** Comment (comment) */
        post: operations["addComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/comments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete your own comment (its author, with comment); the audit log keeps what it said */
        delete: operations["deleteComment"];
        options?: never;
        head?: never;
        /** Rewrite your own comment (its author, with comment); members it newly mentions are notified */
        patch: operations["editComment"];
        trace?: never;
    };
    "/api/v1/boards/{id}/responsibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who answers for the board, each column and each item, roles resolved to people, each with its reasons */
        get: operations["getBoardResponsibility"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portfolios/{id}/responsibility/gaps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Responsibility gaps, each with a kind, the ids concerned, a message and a suggested fix
         * @description Kinds: column_without_accountable (its accountable resolves to no member), item_without_owner, block_without_resolver (nobody is clearing it), stale_item (started, older than the board's 85th-percentile cycle time, no comment or move for 7 days), gate_without_approver (nobody holds gate.approve). Items in done columns are not reported.
         */
        get: operations["listResponsibilityGaps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portfolios/{id}/delegations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Delegations, newest first; active=true keeps those in force now */
        get: operations["listDelegations"];
        put?: never;
        /** Hand a role you hold over to another member until a date: they hold its capabilities and responsibilities instead of you meanwhile (you keep what your other roles give) */
        post: operations["createDelegation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portfolios/{id}/delegations/{delegationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a delegation (its delegator, its delegate, or portfolio.admin) */
        delete: operations["revokeDelegation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/boards/{id}/policy-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every versioned change of the board's column policies (WIP limit, policy, exit criteria, gate, responsibility), oldest first */
        get: operations["getBoardPolicyHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/boards/{id}/columns/{columnId}/policy-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every versioned change of one column's policy, with who, when and why, oldest first */
        get: operations["getColumnPolicyHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/items/{id}/block/resolver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Name who is responsible for clearing the open block (item.block) */
        put: operations["setBlockResolver"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portfolios/{id}/members/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your membership: roles (own and delegated), capabilities, and the guidelines of each role */
        get: operations["getMyMembership"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/responsibilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything you answer for: columns, items, blocks to clear, approvals awaiting you, your own approval requests and who may decide them, recent overrides in your columns, delegations, role guidelines */
        get: operations["getMyResponsibilities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/items/{id}/approval-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The item's approval requests, newest first */
        get: operations["listItemApprovalRequests"];
        put?: never;
        /**
         * Ask for approval to move the item past a gate (item.move); holders of gate.approve are notified
         * @description 409 approval_pending when the item already awaits a decision; 400 when the move crosses no gate.
         */
        post: operations["requestApproval"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portfolios/{id}/approval-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Approval requests, newest first; status=pending lists those awaiting a decision */
        get: operations["listApprovalRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approval-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One approval request */
        get: operations["getApprovalRequest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approval-requests/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decide go or no-go (gate.approve): a go moves the item as requested, a no-go with rejectToDone sends it to done as rejected
         * @description Answers {decision, request, item}. 409 already_decided when the request was decided before.
         */
        post: operations["decideApproval"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/items/{id}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Decisions taken on the item, newest first */
        get: operations["listItemDecisions"];
        put?: never;
        /** Decide pivot, persevere or stop on an item past its gate (gate.approve); columnId moves it as part of the decision */
        post: operations["decideOnItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portfolios/{id}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The decision log, newest first, filterable and searchable */
        get: operations["listDecisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your notifications, newest first; unread=true keeps the unread ones; before=<id> pages back */
        get: operations["listNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark all your notifications read */
        post: operations["markAllNotificationsRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one notification read */
        post: operations["markNotificationRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pending invitations: all for instance admins, those of the portfolios you administer otherwise */
        get: operations["listInvitations"];
        put?: never;
        /**
         * Invite someone by e-mail (instance admins; a portfolio admin into that portfolio with its roles)
         * @description The link in `url` is shown once, e-mailed when SMTP_URL is set, and expires after 7 days. 403 forbidden for anyone else; 400 validation_failed for a bad address or a role the portfolio does not have; 409 email_taken when the address has an account and no portfolio is named.
         */
        post: operations["createInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke a pending invitation: its link stops working (410 invitation_invalid)
         * @description Instance admins, or an admin of the invitation's portfolio (403 forbidden otherwise); 404 not_found when it is no longer pending (accepted, revoked or expired).
         */
        delete: operations["revokeInvitation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * What an invitation link offers, before accepting it
         * @description 410 invitation_invalid when the link has expired, was revoked or was used.
         */
        post: operations["previewInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept an invitation: creates the account with the invited roles and signs it in
         * @description 201 {user, expiresAt} with a session cookie for a new account. When the address already has an account, accept signed in as it (name and password are then not needed): 200 {user} with the roles added. 409 account_exists when that account is not signed in; 403 forbidden when another account is; 410 invitation_invalid when the link has expired, was revoked or was used.
         */
        post: operations["acceptInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A one-time link that sets a new password for the person (instance admins)
         * @description Shown once; expires after 7 days; an earlier unused link of the person stops working.
         */
        post: operations["createPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/password-reset/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a new password with a reset link; ends every other session and signs in
         * @description 410 reset_invalid when the link has expired or was used (or a newer one replaced it).
         */
        post: operations["acceptPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change your password; your other sessions end, this one stays
         * @description 403 wrong_password when the current password is wrong.
         */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/boards/{id}/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Flow metrics of PRODUCT.md §5 (metrics.view)
         * @description The metrics document of PRODUCT.md §5, plus: `blockedTime.byReason` (per block reason: `reason`, `items`, `blocks`, `days`, `hours`, most blocked days first) and `flowEfficiency.items` (each item finished in the range: `key`, `finish`, `workingHours`, `elapsedHours`, `percent`); `items[].closed`, the day a declined or merged item left the board (else `null`): such an item never finishes and counts in the CFD and WIP only before that day. With `from`/`to`, the cycle-time percentiles and histogram, like flow efficiency, cover the items finished in the range; without them, every finished item.
         */
        get: operations["getBoardMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portfolios/{id}/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Flow across every board of the portfolio (metrics.view)
         * @description PRODUCT.md §5 "Portfolio-wide metrics". Every board is measured over one `range`: `from`/`to`, else from the earliest to the latest day of any board. The answer: `range`, `today`; `boards` (each board's summary for the range: `boardId`, `name`, `committedColumn`, `doneColumn`, `finished` in the range, `wip` on the range's last day, `cycleTimePercentiles`, `flowEfficiencyPercent`); `finished`; `wip` (per day, each board's WIP by its own committed and done columns, summed); `throughput.daily` and `throughput.weekly` summed over boards; `cycleTime.percentiles` over every item of every board finished in the range (one type-7 computation over the union); and `cfd` by phase, cumulative like a board's CFD: per day the items that reached each phase or a later one — `notStarted` (on the board at all), `inProgress` (reached its committed column), `done` (reached its done column) — so that `inProgress − done` is the day's WIP.
         */
        get: operations["getPortfolioMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/boards/{id}/forecast": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Monte Carlo forecast of PRODUCT.md §5: ?items=N or ?until=YYYY-MM-DD (metrics.view)
         * @description The forecast document of PRODUCT.md §5, plus `distribution`: each outcome the trials gave, in order, with how many trials gave it (`{date, trials}` for ?items, `{items, trials}` for ?until).
         */
        get: operations["getBoardForecast"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/boards/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The board as a flow-history document (portfolio-kanban/flow-history@1) */
        get: operations["exportBoard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/boards/{id}/items.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The board's items as CSV: one row per item, every field, and the date each column was entered (view) */
        get: operations["exportBoardItemsCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portfolios/{id}/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a Trello board export, Jira issues (JSON with their changelog, or CSV) or any CSV as a new board; dryRun answers the report and changes nothing (integration.manage)
         * @description More than 1000 items run as a job: the answer is 202 with the job `{id, state, processed, total}` and its Location, GET /imports/{id}. Otherwise the answer is `{dryRun, report, board?}`. A Jira CSV export holds no changelog: an issue starts in the first status at Created, and a resolved one reaches its status at Resolved (the report says so). `report`: `columns` (each `{key, name, kind, from}` with the source statuses or lists it holds), `items`, `unmappedStatuses` (with a `mapping.columns`, the source statuses it does not name: each gets a column of its own), `people` (each source person with the member matched by e-mail, user name or full name, or null) and `warnings`. Trello: open lists become columns, `createCard`/`updateCard` list changes moves, comments comments (authors who are not members are named in the text), labels tags, checklists part of the description; archived cards and lists are left out and counted. Jira: statuses become columns (to do, in progress, done), status changes moves, `Flagged` changes block periods, comments comments, labels tags, the assignee the owner; instants in any offset. All or nothing.
         */
        post: operations["importBoard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A large import's job: `{state, processed, total, boardId?, errors?}` (integration.manage of its portfolio; to anyone else it does not exist)
         * @description state is queued, running, succeeded (with `boardId` and the import `report`) or failed (with `errors`, each `{field, message}` as a refused import names them). `processed` of `total` items are through: reading the file is the first half, writing the board the second. The job is all or nothing: nothing of it is visible before it succeeds. A job cut short by a server restart is failed, and nothing of it was imported.
         */
        get: operations["getImportJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portfolios/{id}/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a flow-history document as a new board: all or nothing, every bad path named (workflow.configure) */
        post: operations["importFlowHistory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/boards/{id}/policy-history/{changeId}/comparison": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Flow in equal windows before and after one policy change: throughput, cycle-time percentiles, WIP, age, blocked days, flow efficiency, and their deltas (view)
         * @description The change's own day opens the after-window. Each measure follows PRODUCT.md §5 over the window's days; cycle times, blocked days and flow efficiency are those of the items finished in the window.
         */
        get: operations["comparePolicyChange"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/problems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every error code */
        get: operations["listProblemCodes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/problems/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One error code */
        get: operations["getProblemCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portfolios/{id}/themes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Strategic themes of the portfolio, each with `active` for today */
        get: operations["listThemes"];
        put?: never;
        /** Create a strategic theme (strategy.manage) */
        post: operations["createTheme"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portfolios/{id}/themes/{themeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One strategic theme */
        get: operations["getTheme"];
        put?: never;
        post?: never;
        /** Delete a theme no item links to (strategy.manage); 409 theme_in_use otherwise */
        delete: operations["deleteTheme"];
        options?: never;
        head?: never;
        /** Change a strategic theme (strategy.manage) */
        patch: operations["updateTheme"];
        trace?: never;
    };
    "/api/v1/portfolios/{id}/value-streams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Value streams of the portfolio */
        get: operations["listValueStreams"];
        put?: never;
        /** Create a value stream (strategy.manage) */
        post: operations["createValueStream"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portfolios/{id}/value-streams/{valueStreamId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One value stream */
        get: operations["getValueStream"];
        put?: never;
        post?: never;
        /** Delete a value stream no item belongs to (strategy.manage); 409 value_stream_in_use otherwise */
        delete: operations["deleteValueStream"];
        options?: never;
        head?: never;
        /** Change a value stream (strategy.manage) */
        patch: operations["updateValueStream"];
        trace?: never;
    };
    "/api/v1/boards/{id}/swimlanes/value-streams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Show value streams as swimlanes
         * @description Swimlanes by value stream: one lane per value stream of the portfolio (kind "value_stream", value = the value stream id; an item belongs to the lane whose value is its valueStream), replacing the board's lanes. The lanes follow value streams as they are added, renamed and removed. (workflow.configure)
         */
        put: operations["showValueStreamSwimlanes"];
        post?: never;
        /** Remove the swimlanes (workflow.configure) */
        delete: operations["removeSwimlanes"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portfolios/{id}/allocation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Capacity allocation: work in progress per theme and per value stream against target shares
         * @description Work in progress = items between each board's commitment column and its done column. Per group: count, summed job size (unsized items counted in `unsized`), `share` of items and `jobSizeShare` in percent, and `over`/`under` flags comparing `share` with `targetShare` (themes only while active). An item of several themes counts in each.
         */
        get: operations["getPortfolioAllocation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/boards/{id}/columns/{columnId}/rank-by-wsjf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rank the column by WSJF (backlog.rank)
         * @description Highest WSJF first; equal scores by age (older first); unscored items after the scored ones in their current order. Fresh ranks for the whole column, one audit event, one column.updated board event.
         */
        post: operations["rankColumnByWsjf"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/boards/{id}/columns/{columnId}/rank-by-votes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rank the column by votes (backlog.rank)
         * @description Most votes first; equal votes by age (older first), else the current order. Fresh ranks for the whole column, one audit event, one column.updated board event (`rankedBy: "votes"`). Answers `{columnId, order: [{id, key, title, rank, version, score, votes, createdAt}]}` as rank-by-wsjf does.
         */
        post: operations["rankColumnByVotes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/boards/{id}/columns/{columnId}/wsjf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Relative estimation: one WSJF input across every item of the column, in column order; set values with PATCH /items/{id} */
        get: operations["getWsjfEstimation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/items/{id}/wsjf-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every WSJF the item has had, oldest first, with who set it */
        get: operations["listWsjfHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/items/{id}/children": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Children of the item on any board of the portfolio, each with its own roll-up */
        get: operations["listChildItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/items/{id}/dependencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** This item waits for blockerId (item.edit); a cycle is refused with 409 dependency_cycle naming it */
        post: operations["addDependency"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/items/{id}/dependencies/{blockerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** This item no longer waits for blockerId (item.edit) */
        delete: operations["removeDependency"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portfolios/{id}/dependencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Dependency map: nodes (items that wait or are waited for) and edges (blockerId blocks blockedId; open while the blocker is unfinished) */
        get: operations["getDependencyGraph"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portfolios/{id}/roadmap": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Roadmap: items with a due date grouped by theme or value stream, with due-date risk
         * @description Risk per item from its board's Monte Carlo forecast (2000 trials, seed 1): the board delivers unfinished items from the rightmost column and by rank; an item is on_track when the board finishes at least its position by the due date with 85% confidence, at_risk with 50%, off_track below; done, overdue, or unknown (with a note) when no forecast can be made.
         */
        get: operations["getRoadmap"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portfolios/{id}/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The portfolio's webhooks, without their secrets (integration.manage) */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Add a webhook; its secret is answered this once (integration.manage)
         * @description For each matching change the server POSTs `{id, type, portfolioId, boardId, itemId, at, actor: {id, name}, data}` (the board event of PRODUCT.md §9) with the headers `X-Portfolio-Kanban-Event`, `X-Portfolio-Kanban-Delivery` (the id, the same at every try) and `X-Portfolio-Kanban-Signature: sha256=<hex HMAC-SHA256 of the raw body with the secret>`. Any answer but 2xx within 10 s is tried again after about 1 min, 5 min, 30 min, 2 h and 6 h (6 tries in all). Deliveries are queued in the same transaction as the change. After 20 failed tries in a row the webhook is paused and its creator notified.
         */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a webhook and its delivery log (integration.manage) */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /** Change, pause (active: false) or resume a webhook (integration.manage) */
        patch: operations["updateWebhook"];
        trace?: never;
    };
    "/api/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deliveries, newest first, each with every try: status code, duration, error (integration.manage) */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deliveries/{id}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a delivery again: the same id and body, with a fresh set of tries (integration.manage) */
        post: operations["redeliverDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portfolios/{id}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The portfolio's reviews, open and past, newest first */
        get: operations["listPortfolioReviews"];
        put?: never;
        /**
         * Start a review (review.facilitate); the server builds its agenda from the portfolio's state
         * @description Every change to a review is broadcast as a `review.updated` event ({seq, type, boardId, at, actorId, data: {reviewId, change, …}}) on the WebSocket of every board of the portfolio (GET /boards/{id}/events), so it keeps §9's guarantees: in seq order, replayed after a reconnect with ?since=SEQ. `change` is started, refreshed, position (data.entryId: the facilitator's place), note (data.entryId), attendance, action (data.actionId), action_done (data.actionId, data.done), decision (data.decisionId) or closed; a client reads GET /reviews/{id} again to see it.
         */
        post: operations["startReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A review: agenda entries with notes, the facilitator's place, attendees, decisions and actions
         * @description Every change to a review is broadcast as a `review.updated` event ({seq, type, boardId, at, actorId, data: {reviewId, change, …}}) on the WebSocket of every board of the portfolio (GET /boards/{id}/events), so it keeps §9's guarantees: in seq order, replayed after a reconnect with ?since=SEQ. `change` is started, refreshed, position (data.entryId: the facilitator's place), note (data.entryId), attendance, action (data.actionId), action_done (data.actionId, data.done), decision (data.decisionId) or closed; a client reads GET /reviews/{id} again to see it.
         */
        get: operations["getReview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{id}/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rebuild the agenda of an open review; entries that remain keep their notes (409 review_closed once closed) */
        post: operations["refreshReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{id}/entries/{entryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Record an entry's note (review.facilitate; 409 review_closed once closed) */
        put: operations["setReviewEntryNote"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{id}/position": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Move the facilitator's place in the agenda; participants follow it live
         * @description Every change to a review is broadcast as a `review.updated` event ({seq, type, boardId, at, actorId, data: {reviewId, change, …}}) on the WebSocket of every board of the portfolio (GET /boards/{id}/events), so it keeps §9's guarantees: in seq order, replayed after a reconnect with ?since=SEQ. `change` is started, refreshed, position (data.entryId: the facilitator's place), note (data.entryId), attendance, action (data.actionId), action_done (data.actionId, data.done), decision (data.decisionId) or closed; a client reads GET /reviews/{id} again to see it.
         */
        put: operations["setReviewPosition"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{id}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Join an open review (view): the minutes list you among the attendees */
        post: operations["joinReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close the review: it is frozen, further writes answer 409 review_closed */
        post: operations["closeReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{id}/minutes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The minutes as text/markdown, or as a printable text/html page with ?format=html or Accept: text/html
         * @description Date, facilitator, attendees, each entry with its note, decisions, and actions with their owners.
         */
        get: operations["getReviewMinutes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record an action with an owner (review.facilitate); its owner is notified and finds it in My responsibilities until done */
        post: operations["createReviewAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/actions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Mark an action done or open again (its owner, or review.facilitate) */
        patch: operations["updateReviewAction"];
        trace?: never;
    };
    "/api/v1/items/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Review actions that concern the item, oldest first */
        get: operations["listItemReviewActions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portfolios/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The portfolio's review actions, oldest first; open=true keeps those not done */
        get: operations["listPortfolioReviewActions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portfolios/{id}/review-cadence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How often the portfolio reviews, and the next meeting (fields null while none is set) */
        get: operations["getReviewCadence"];
        /** Set the review cadence (review.facilitate); members are notified the day before each meeting */
        put: operations["setReviewCadence"];
        post?: never;
        /** Stop the regular review (review.facilitate): no next meeting, no more reminders; 404 when none is set */
        delete: operations["removeReviewCadence"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/boards/{id}/ideas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Propose an idea into the board's first column, whatever its WIP limit (idea.submit); the submitter follows it
         * @description Every item answer carries `source` ("idea" for a proposed idea, null for any other item), `submittedBy` (the member who proposed it; null for a guest's idea or another item), `submittedByGuest` (a guest submitter's name, else null), `votes`, `votedByMe`, `followers`, `followedByMe` and `closed` (null, or `{as: "declined"|"merged", reason, by, at, mergedIntoId}`).
         */
        post: operations["submitIdea"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/ideas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every idea you proposed and every item you voted for, newest first: `[{item, board: {id, name}, column: {id, name}, status: "open"|"done"|"declined"|"merged", submittedByMe, responsible}]` (`responsible` as GET /items/{id}/responsibility answers `people`) */
        get: operations["listMyIdeas"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/items/{id}/vote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Vote for the item (vote); once per person, and the voter follows it. Answers the item
         * @description Every item answer carries `source` ("idea" for a proposed idea, null for any other item), `submittedBy` (the member who proposed it; null for a guest's idea or another item), `submittedByGuest` (a guest submitter's name, else null), `votes`, `votedByMe`, `followers`, `followedByMe` and `closed` (null, or `{as: "declined"|"merged", reason, by, at, mergedIntoId}`).
         */
        put: operations["voteForItem"];
        post?: never;
        /** Withdraw your vote (vote). Answers the item */
        delete: operations["withdrawVote"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/items/{id}/follow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Follow the item (vote): be told when it changes column, gets a decision, is blocked or unblocked, is done, declined or merged */
        put: operations["followItem"];
        post?: never;
        /** Stop following the item (vote) */
        delete: operations["unfollowItem"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/items/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decline an idea with a reason
         * @description Only an item in its board's first column (item.edit); elsewhere 409 not_in_intake. Closes it with a decision record: it leaves the board (an `item.closed` board event) for GET /boards/{id}/declined; its submitter and followers are told.
         */
        post: operations["declineItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/items/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Merge an idea into another item of the portfolio as a duplicate: its votes and followers move there (one each per person)
         * @description Only an item in its board's first column (item.edit); elsewhere 409 not_in_intake. Closes it with a decision record: it leaves the board (an `item.closed` board event) for GET /boards/{id}/declined; its submitter and followers are told. Merging into itself is 400; into an item of another portfolio 404.
         */
        post: operations["mergeItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/items/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reopen a declined idea, with a reason
         * @description item.edit. The item is open again in the column it was declined in, back on its board (an `item.updated` board event), with a `reopened` decision record; its submitter and followers are told. An open or merged item is 409 not_declined.
         */
        post: operations["reopenItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/boards/{id}/declined": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The board's declined and merged items, most recently closed first: `[{id, key, title, source, closedAs, reason, closedBy, onBehalfOf, onBehalfOfName, closedAt, mergedInto: {id, key, title, boardId} | null, votes}]` (onBehalfOf: the member a delegate closed it for) */
        get: operations["listClosedItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/boards/{id}/intake-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The board's intake links, newest first, revoked ones too (integration.manage) */
        get: operations["listIntakeLinks"];
        put?: never;
        /** A link through which people without an account propose ideas into the board's intake (integration.manage) */
        post: operations["createIntakeLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/intake-links/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an intake link (integration.manage); the ideas it brought stay */
        delete: operations["revokeIntakeLink"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/intake/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Without signing in: whether the intake link is open, and its label. 410 intake_link_gone once revoked or expired */
        get: operations["getIntakeForm"];
        put?: never;
        /**
         * Without signing in: propose an idea through an intake link; answers `{followUrl, emailed}` (the URL shown once)
         * @description At most 5 ideas an hour per address and per e-mail (429 rate_limited with Retry-After); a revoked or expired link answers 410 intake_link_gone. The idea enters the first column of the link's board with the guest as submitter, who is e-mailed its changes when SMTP_URL is set.
         */
        post: operations["submitGuestIdea"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/follow/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Without signing in: a guest's idea as its follow URL shows it, and nothing else of the portfolio */
        get: operations["getFollowedIdea"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ways to sign in: the UI shows a single sign-on button when oidc.enabled */
        get: operations["listSignInOptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sign in with the OpenID Connect provider: redirects there (authorization code with PKCE) */
        get: operations["startSingleSignOn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where the provider returns: verifies the answer, signs in (matching or creating the user by verified e-mail) and redirects to / */
        get: operations["finishSingleSignOn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        SetupState: {
            setUp: boolean;
        };
        User: {
            id: string;
            email: string;
            name: string;
            isAdmin: boolean;
            active: boolean;
            createdAt: string;
        };
        Session: {
            user: components["schemas"]["User"];
            expiresAt: string;
        };
        SignInOptions: {
            password: boolean;
            oidc: {
                enabled: boolean;
                loginUrl: string | null;
            };
        };
        ApiToken: {
            id: string;
            name: string;
            createdAt: string;
            lastUsedAt: string | null;
        };
        CreatedApiToken: {
            id: string;
            name: string;
            createdAt: string;
            lastUsedAt: string | null;
            token: string;
        };
        Invitation: {
            id: string;
            email: string;
            name: string | null;
            portfolio: {
                id: string;
                name: string;
            } | null;
            /** @description The roles given on acceptance, by key and by the portfolio's name for them. */
            roles: {
                key: string;
                name: string;
            }[];
            invitedBy: {
                id: string;
                name: string;
            };
            createdAt: string;
            expiresAt: string;
        };
        CreatedInvitation: {
            id: string;
            email: string;
            name: string | null;
            portfolio: {
                id: string;
                name: string;
            } | null;
            /** @description The roles given on acceptance, by key and by the portfolio's name for them. */
            roles: {
                key: string;
                name: string;
            }[];
            invitedBy: {
                id: string;
                name: string;
            };
            createdAt: string;
            expiresAt: string;
            /** @description The invitation link: shown once, never stored. */
            url: string;
            /** @description True when SMTP_URL is set and the link is being e-mailed to the address. */
            emailed: boolean;
        };
        InvitationPreview: {
            email: string;
            name: string | null;
            portfolio: {
                id: string;
                name: string;
            } | null;
            roles: {
                key: string;
                name: string;
            }[];
            invitedBy: {
                id: string;
                name: string;
            };
            expiresAt: string;
            accountExists: boolean;
        };
        Acceptance: {
            user: components["schemas"]["User"];
        };
        OneTimeLink: {
            /** @description Shown once; opens the page that uses it. */
            url: string;
            expiresAt: string;
        };
        Portfolio: {
            id: string;
            name: string;
            template: string;
            itemKeyPrefix: string;
            archived: boolean;
            createdAt: string;
            version: number;
            boards: {
                id: string;
                name: string;
                template: string;
            }[];
            myRoles: string[];
            myCapabilities: string[];
        };
        TemplateSwitch: {
            from: string;
            /** @enum {string} */
            to: "enterprise" | "small";
            gatesEnabled: {
                before: boolean;
                after: boolean;
            };
            columns: {
                columnId: string;
                boardId: string;
                boardName: string;
                name: string;
                before: {
                    gate: boolean;
                    responsibility: {
                        accountable: null | {
                            role: string;
                        } | {
                            user: string;
                        };
                        responsible: ({
                            role: string;
                        } | {
                            user: string;
                        })[];
                        consulted: ({
                            role: string;
                        } | {
                            user: string;
                        })[];
                        informed: ({
                            role: string;
                        } | {
                            user: string;
                        })[];
                    };
                    accountable: {
                        userId: string;
                        name: string;
                    }[];
                };
                after: {
                    gate: boolean;
                    responsibility: {
                        accountable: null | {
                            role: string;
                        } | {
                            user: string;
                        };
                        responsible: ({
                            role: string;
                        } | {
                            user: string;
                        })[];
                        consulted: ({
                            role: string;
                        } | {
                            user: string;
                        })[];
                        informed: ({
                            role: string;
                        } | {
                            user: string;
                        })[];
                    };
                    accountable: {
                        userId: string;
                        name: string;
                    }[];
                };
                changed: boolean;
            }[];
            members: {
                userId: string;
                name: string;
                /** @description A switch never takes a role away, nor gives one: who holds what is the admins' decision. */
                roles: {
                    before: string[];
                    after: string[];
                };
                /** @description The stages the member is accountable for, before and after. */
                accountableFor: {
                    before: string[];
                    after: string[];
                };
            }[];
            portfolioId: string;
            dryRun: boolean;
            applied: boolean;
            version: number;
            digest: string;
        };
        MemberWithGuidelines: {
            userId: string;
            name: string;
            email: string;
            active: boolean;
            roles: string[];
            guidelines: {
                key: string;
                name: string;
                description: string;
                guidelines: string;
            }[];
            delegations: components["schemas"]["Delegation"][];
        };
        Member: {
            userId: string;
            name: string;
            email: string;
            active: boolean;
            roles: string[];
        };
        Membership: {
            userId: string;
            name: string;
            email: string;
            active: boolean;
            roles: string[];
            capabilities: ("portfolio.admin" | "strategy.manage" | "backlog.rank" | "gate.approve" | "workflow.configure" | "item.create" | "item.edit" | "item.move" | "item.block" | "wip.override" | "comment" | "view" | "metrics.view" | "audit.view" | "idea.submit" | "vote" | "review.facilitate" | "integration.manage")[];
            delegatedRoles: {
                id: string;
                roleKey: string;
                fromUserId: string;
                fromName: string;
                toUserId: string;
                toName: string;
                until: string;
                reason: string | null;
            }[];
            guidelines: {
                key: string;
                name: string;
                description: string;
                guidelines: string;
                portfolioId: string;
                delegation: {
                    id: string;
                    roleKey: string;
                    fromUserId: string;
                    fromName: string;
                    toUserId: string;
                    toName: string;
                    until: string;
                    reason: string | null;
                } | null;
            }[];
        };
        Role: {
            key: string;
            name: string;
            description: string;
            capabilities: ("portfolio.admin" | "strategy.manage" | "backlog.rank" | "gate.approve" | "workflow.configure" | "item.create" | "item.edit" | "item.move" | "item.block" | "wip.override" | "comment" | "view" | "metrics.view" | "audit.view" | "idea.submit" | "vote" | "review.facilitate" | "integration.manage")[];
            guidelines: string;
            version: number;
        };
        AuditEvent: {
            seq: number;
            id: string;
            actorId: string | null;
            entityType: string;
            entityId: string;
            action: string;
            before: unknown;
            after: unknown;
            reason: string | null;
            at: string;
            itemId: string | null;
        };
        BoardSettings: {
            id: string;
            portfolioId: string;
            name: string;
            template: string;
            committedColumnId: string | null;
            timeZone: string;
            /** @enum {string} */
            cycleTimeCounting: "inclusive" | "exclusive";
            createdAt: string;
            version: number;
        };
        Board: {
            id: string;
            portfolioId: string;
            name: string;
            template: string;
            committedColumnId: string | null;
            timeZone: string;
            /** @enum {string} */
            cycleTimeCounting: "inclusive" | "exclusive";
            createdAt: string;
            version: number;
            columns: components["schemas"]["Column"][];
            swimlanes: {
                id: string;
                name: string;
                kind: string;
                value: string;
                position: number;
                version: number;
            }[];
            items: {
                id: string;
                key: string;
                columnId: string;
                rank: string;
                title: string;
                version: number;
                blocked: boolean;
                enteredColumnAt: string;
                ownerId: string | null;
                tags: string[];
                classOfService?: string;
                themes?: string[];
                valueStream?: string | null;
                checkedCriteria?: string[];
                blockedBy?: {
                    id: string;
                    key: string;
                    title: string;
                    boardId: string;
                    finished: boolean;
                }[];
                blocks?: {
                    id: string;
                    key: string;
                    title: string;
                    boardId: string;
                    finished: boolean;
                }[];
                openBlockers?: number;
                pendingApprovalId?: string | null;
                /** @enum {string|null} */
                source?: "idea" | null;
                submittedBy?: string | null;
                submittedByGuest?: string | null;
                votes?: number;
                votedByMe?: boolean;
                /** @description The open block's reason, shown on the card; who blocked it and since when are in the item. */
                block?: {
                    reason: string;
                } | null;
                /** @description How many of its children are done, of how many. */
                progress?: {
                    done: number;
                    total: number;
                };
                /** @description The score on the card and what relative estimation shows beside it; the four inputs are in the item. */
                wsjf?: {
                    jobSize: number | null;
                    costOfDelay: number | null;
                    score: number | null;
                };
            }[];
        };
        Column: {
            id: string;
            key: string;
            name: string;
            /** @enum {string} */
            kind: "done" | "queue" | "active";
            position: number;
            wipLimit: number | null;
            policy: string;
            exitCriteria: string[];
            gate: boolean;
            responsibility: {
                accountable: null | {
                    role: string;
                } | {
                    user: string;
                };
                responsible: ({
                    role: string;
                } | {
                    user: string;
                })[];
                consulted: ({
                    role: string;
                } | {
                    user: string;
                })[];
                informed: ({
                    role: string;
                } | {
                    user: string;
                })[];
            };
            version: number;
        };
        PortfolioItemSummary: {
            id: string;
            key: string;
            title: string;
            boardId: string;
        };
        Item: {
            id: string;
            key: string;
            portfolioId: string;
            boardId: string;
            columnId: string;
            rank: string;
            title: string;
            description: string;
            /** @description The description rendered from Markdown to HTML that is safe to insert into a page. */
            descriptionHtml: string;
            ownerId: string | null;
            assigneeIds: string[];
            tags: string[];
            classOfService: string;
            themes: string[];
            valueStream: string | null;
            dueDate: string | null;
            wsjf: {
                userBusinessValue: number | null;
                timeCriticality: number | null;
                riskReduction: number | null;
                jobSize: number | null;
                costOfDelay: number | null;
                score: number | null;
            };
            hypothesis: {
                [key: string]: string;
            };
            businessCase: {
                [key: string]: string;
            };
            parentId: string | null;
            dependsOn: string[];
            checkedCriteria: string[];
            blocked: boolean;
            block: {
                id: string;
                reason: string;
                since: string;
                blockedBy: string | null;
                resolverId: string | null;
            } | null;
            enteredColumnAt: string;
            createdAt: string;
            createdBy: string | null;
            updatedAt: string;
            version: number;
            /** @enum {string|null} */
            source: "idea" | null;
            submittedBy: string | null;
            submittedByGuest: string | null;
            votes: number;
            votedByMe: boolean;
            followers: number;
            followedByMe: boolean;
            closed: {
                /** @enum {string} */
                as: "declined" | "merged";
                reason: string | null;
                by: string | null;
                at: string;
                mergedIntoId: string | null;
            } | null;
            progress: {
                done: number;
                total: number;
                doneJobSize: number;
                totalJobSize: number;
            };
            blockedBy: {
                id: string;
                key: string;
                title: string;
                boardId: string;
                finished: boolean;
            }[];
            blocks: {
                id: string;
                key: string;
                title: string;
                boardId: string;
                finished: boolean;
            }[];
            openBlockers: number;
            pendingApprovalId: string | null;
        };
        ItemWithWarnings: {
            id: string;
            key: string;
            portfolioId: string;
            boardId: string;
            columnId: string;
            rank: string;
            title: string;
            description: string;
            /** @description The description rendered from Markdown to HTML that is safe to insert into a page. */
            descriptionHtml: string;
            ownerId: string | null;
            assigneeIds: string[];
            tags: string[];
            classOfService: string;
            themes: string[];
            valueStream: string | null;
            dueDate: string | null;
            wsjf: {
                userBusinessValue: number | null;
                timeCriticality: number | null;
                riskReduction: number | null;
                jobSize: number | null;
                costOfDelay: number | null;
                score: number | null;
            };
            hypothesis: {
                [key: string]: string;
            };
            businessCase: {
                [key: string]: string;
            };
            parentId: string | null;
            dependsOn: string[];
            checkedCriteria: string[];
            blocked: boolean;
            block: {
                id: string;
                reason: string;
                since: string;
                blockedBy: string | null;
                resolverId: string | null;
            } | null;
            enteredColumnAt: string;
            createdAt: string;
            createdBy: string | null;
            updatedAt: string;
            version: number;
            /** @enum {string|null} */
            source: "idea" | null;
            submittedBy: string | null;
            submittedByGuest: string | null;
            votes: number;
            votedByMe: boolean;
            followers: number;
            followedByMe: boolean;
            closed: {
                /** @enum {string} */
                as: "declined" | "merged";
                reason: string | null;
                by: string | null;
                at: string;
                mergedIntoId: string | null;
            } | null;
            progress: {
                done: number;
                total: number;
                doneJobSize: number;
                totalJobSize: number;
            };
            blockedBy: {
                id: string;
                key: string;
                title: string;
                boardId: string;
                finished: boolean;
            }[];
            blocks: {
                id: string;
                key: string;
                title: string;
                boardId: string;
                finished: boolean;
            }[];
            openBlockers: number;
            pendingApprovalId: string | null;
            warnings?: {
                /** @enum {string} */
                code: "guardrail_exceeded";
                /** @enum {string} */
                kind: "valueStream" | "theme";
                id: string;
                name: string;
                targetShare: number;
                share: number;
                count: number;
                total: number;
                message: string;
            }[];
        };
        MoveResult: {
            id: string;
            key: string;
            portfolioId: string;
            boardId: string;
            columnId: string;
            rank: string;
            title: string;
            description: string;
            /** @description The description rendered from Markdown to HTML that is safe to insert into a page. */
            descriptionHtml: string;
            ownerId: string | null;
            assigneeIds: string[];
            tags: string[];
            classOfService: string;
            themes: string[];
            valueStream: string | null;
            dueDate: string | null;
            wsjf: {
                userBusinessValue: number | null;
                timeCriticality: number | null;
                riskReduction: number | null;
                jobSize: number | null;
                costOfDelay: number | null;
                score: number | null;
            };
            hypothesis: {
                [key: string]: string;
            };
            businessCase: {
                [key: string]: string;
            };
            parentId: string | null;
            dependsOn: string[];
            checkedCriteria: string[];
            blocked: boolean;
            block: {
                id: string;
                reason: string;
                since: string;
                blockedBy: string | null;
                resolverId: string | null;
            } | null;
            enteredColumnAt: string;
            createdAt: string;
            createdBy: string | null;
            updatedAt: string;
            version: number;
            /** @enum {string|null} */
            source: "idea" | null;
            submittedBy: string | null;
            submittedByGuest: string | null;
            votes: number;
            votedByMe: boolean;
            followers: number;
            followedByMe: boolean;
            closed: {
                /** @enum {string} */
                as: "declined" | "merged";
                reason: string | null;
                by: string | null;
                at: string;
                mergedIntoId: string | null;
            } | null;
            progress: {
                done: number;
                total: number;
                doneJobSize: number;
                totalJobSize: number;
            };
            blockedBy: {
                id: string;
                key: string;
                title: string;
                boardId: string;
                finished: boolean;
            }[];
            blocks: {
                id: string;
                key: string;
                title: string;
                boardId: string;
                finished: boolean;
            }[];
            openBlockers: number;
            pendingApprovalId: string | null;
            warnings?: {
                /** @enum {string} */
                code: "guardrail_exceeded";
                /** @enum {string} */
                kind: "valueStream" | "theme";
                id: string;
                name: string;
                targetShare: number;
                share: number;
                count: number;
                total: number;
                message: string;
            }[];
            suggestions?: {
                /** @enum {string} */
                code: "move_parent_to_done";
                message: string;
                parent: {
                    id: string;
                    key: string;
                    title: string;
                    boardId: string;
                    version: number;
                };
                /** @description Where the parent would go: the first done column of its board. */
                columnId: string;
            }[];
        };
        ItemHistory: {
            itemId: string;
            transitions: {
                id: string;
                fromColumnId: string | null;
                toColumnId: string;
                at: string;
                actorId: string | null;
                reason: string | null;
                override: boolean;
            }[];
            blocks: {
                id: string;
                from: string;
                to: string | null;
                reason: string;
                blockedBy: string | null;
                resolverId: string | null;
                clearedBy: string | null;
                clearNote: string | null;
            }[];
            changes: {
                id: string;
                at: string;
                actorId: string | null;
                field: string;
                before: unknown;
                after: unknown;
            }[];
            mergedIn: {
                itemId: string;
                key: string;
                title: string;
                at: string;
                actorId: string | null;
            }[];
        };
        Comment: {
            id: string;
            itemId: string;
            authorId: string;
            body: string;
            bodyHtml: string;
            mentions: string[];
            createdAt: string;
            updatedAt: string;
            version: number;
        };
        ChildItem: {
            id: string;
            key: string;
            portfolioId: string;
            boardId: string;
            columnId: string;
            rank: string;
            title: string;
            description: string;
            /** @description The description rendered from Markdown to HTML that is safe to insert into a page. */
            descriptionHtml: string;
            ownerId: string | null;
            assigneeIds: string[];
            tags: string[];
            classOfService: string;
            themes: string[];
            valueStream: string | null;
            dueDate: string | null;
            wsjf: {
                userBusinessValue: number | null;
                timeCriticality: number | null;
                riskReduction: number | null;
                jobSize: number | null;
                costOfDelay: number | null;
                score: number | null;
            };
            hypothesis: {
                [key: string]: string;
            };
            businessCase: {
                [key: string]: string;
            };
            parentId: string | null;
            dependsOn: string[];
            checkedCriteria: string[];
            blocked: boolean;
            block: {
                id: string;
                reason: string;
                since: string;
                blockedBy: string | null;
                resolverId: string | null;
            } | null;
            enteredColumnAt: string;
            createdAt: string;
            createdBy: string | null;
            updatedAt: string;
            version: number;
            /** @enum {string|null} */
            source: "idea" | null;
            submittedBy: string | null;
            submittedByGuest: string | null;
            votes: number;
            votedByMe: boolean;
            followers: number;
            followedByMe: boolean;
            closed: {
                /** @enum {string} */
                as: "declined" | "merged";
                reason: string | null;
                by: string | null;
                at: string;
                mergedIntoId: string | null;
            } | null;
            progress: {
                done: number;
                total: number;
                doneJobSize: number;
                totalJobSize: number;
            };
            blockedBy: {
                id: string;
                key: string;
                title: string;
                boardId: string;
                finished: boolean;
            }[];
            blocks: {
                id: string;
                key: string;
                title: string;
                boardId: string;
                finished: boolean;
            }[];
            openBlockers: number;
            pendingApprovalId: string | null;
            column: {
                id: string;
                name: string;
                /** @enum {string} */
                kind: "done" | "queue" | "active";
            };
        };
        BoardResponsibility: {
            boardId: string;
            /** @description Everyone the board's responsibility matrix names, each with every column they answer for. */
            people: {
                userId: string;
                name: string;
                reasons: string[];
                delegations?: {
                    id: string;
                    roleKey: string;
                    fromUserId: string;
                    fromName: string;
                    toUserId: string;
                    toName: string;
                    until: string;
                    reason: string | null;
                }[];
            }[];
            /** @description Each column's people, all together and by their part in its RACI (`raci.accountable` empty: nobody answers for it). */
            columns: {
                id: string;
                key: string;
                name: string;
                people: {
                    userId: string;
                    name: string;
                    reasons: string[];
                    delegations?: {
                        id: string;
                        roleKey: string;
                        fromUserId: string;
                        fromName: string;
                        toUserId: string;
                        toName: string;
                        until: string;
                        reason: string | null;
                    }[];
                }[];
                raci: {
                    accountable: {
                        userId: string;
                        name: string;
                        reasons: string[];
                        delegations?: {
                            id: string;
                            roleKey: string;
                            fromUserId: string;
                            fromName: string;
                            toUserId: string;
                            toName: string;
                            until: string;
                            reason: string | null;
                        }[];
                    }[];
                    responsible: {
                        userId: string;
                        name: string;
                        reasons: string[];
                        delegations?: {
                            id: string;
                            roleKey: string;
                            fromUserId: string;
                            fromName: string;
                            toUserId: string;
                            toName: string;
                            until: string;
                            reason: string | null;
                        }[];
                    }[];
                    consulted: {
                        userId: string;
                        name: string;
                        reasons: string[];
                        delegations?: {
                            id: string;
                            roleKey: string;
                            fromUserId: string;
                            fromName: string;
                            toUserId: string;
                            toName: string;
                            until: string;
                            reason: string | null;
                        }[];
                    }[];
                    informed: {
                        userId: string;
                        name: string;
                        reasons: string[];
                        delegations?: {
                            id: string;
                            roleKey: string;
                            fromUserId: string;
                            fromName: string;
                            toUserId: string;
                            toName: string;
                            until: string;
                            reason: string | null;
                        }[];
                    }[];
                };
            }[];
            items: {
                id: string;
                key: string;
                title: string;
                columnId: string;
                people: {
                    userId: string;
                    name: string;
                    reasons: string[];
                    delegations?: {
                        id: string;
                        roleKey: string;
                        fromUserId: string;
                        fromName: string;
                        toUserId: string;
                        toName: string;
                        until: string;
                        reason: string | null;
                    }[];
                }[];
            }[];
        };
        ItemResponsibility: {
            itemId: string;
            column: {
                id: string;
                name: string;
            };
            people: {
                userId: string;
                name: string;
                reasons: string[];
                delegations?: {
                    id: string;
                    roleKey: string;
                    fromUserId: string;
                    fromName: string;
                    toUserId: string;
                    toName: string;
                    until: string;
                    reason: string | null;
                }[];
            }[];
        };
        ResponsibilityGaps: {
            portfolioId: string;
            at: string;
            gaps: {
                /** @enum {string} */
                kind: "column_without_accountable" | "item_without_owner" | "block_without_resolver" | "stale_item" | "gate_without_approver" | "overdue_action";
                boardId: string | null;
                columnId: string | null;
                itemId: string | null;
                itemKey: string | null;
                actionId?: string;
                message: string;
                suggestedFix: string;
            }[];
        };
        Delegation: {
            id: string;
            portfolioId: string;
            roleKey: string;
            fromUserId: string;
            fromName: string;
            toUserId: string;
            toName: string;
            until: string;
            /** @description Why the role is handed over (a holiday, a leave), shown wherever the delegation is. */
            reason: string | null;
            createdAt: string;
            revokedAt: string | null;
            revokedBy: string | null;
            /** @description Whether it grants its role now (not revoked, not expired, both ends still in place). */
            active: boolean;
        };
        PolicyVersion: {
            id: string;
            boardId: string;
            columnId: string;
            /** @description The column's version this change produced. */
            columnVersion: number;
            changedAt: string;
            changedBy: string | null;
            reason: string | null;
            /** @description Each field that changed, with its value before and after. */
            changes: {
                wipLimit?: {
                    before: unknown;
                    after: unknown;
                };
                policy?: {
                    before: unknown;
                    after: unknown;
                };
                exitCriteria?: {
                    before: unknown;
                    after: unknown;
                };
                gate?: {
                    before: unknown;
                    after: unknown;
                };
                responsibility?: {
                    before: unknown;
                    after: unknown;
                };
            };
            /** @description The column's whole policy after the change. */
            policy: {
                wipLimit: number | null;
                policy: string;
                exitCriteria: string[];
                gate: boolean;
                responsibility: {
                    accountable: null | {
                        role: string;
                    } | {
                        user: string;
                    };
                    responsible: ({
                        role: string;
                    } | {
                        user: string;
                    })[];
                    consulted: ({
                        role: string;
                    } | {
                        user: string;
                    })[];
                    informed: ({
                        role: string;
                    } | {
                        user: string;
                    })[];
                };
            };
        };
        PolicyComparison: {
            /** @description The calendar day (board time zone) the change happened on; it opens the after-window. */
            changeDay: string;
            today: string;
            /** @description Days in each window. */
            windowDays: number;
            before: {
                range: {
                    from: string;
                    to: string;
                };
                /** @description Items finished in the range, in total and per day of the range. */
                throughput: {
                    total: number;
                    perDay: number;
                };
                /** @description Cycle-time percentiles (days) of the items finished in the range; `null` when none finished. */
                cycleTimeDays: {
                    50: number | null;
                    85: number | null;
                    95: number | null;
                };
                /** @description Mean of the daily WIP over the range. */
                averageWip: number;
                /** @description Mean age (days) of the items in progress, over every day of the range; `null` without WIP. */
                averageAgeDays: number | null;
                /** @description Blocked days (§5) of the items finished in the range: in total and per finished item. */
                blockedDays: {
                    total: number;
                    perFinishedItem: number | null;
                };
                /** @description §5 flow efficiency of the items finished in the range; `null` when none finished. */
                flowEfficiencyPercent: number | null;
            };
            after: {
                range: {
                    from: string;
                    to: string;
                };
                /** @description Items finished in the range, in total and per day of the range. */
                throughput: {
                    total: number;
                    perDay: number;
                };
                /** @description Cycle-time percentiles (days) of the items finished in the range; `null` when none finished. */
                cycleTimeDays: {
                    50: number | null;
                    85: number | null;
                    95: number | null;
                };
                /** @description Mean of the daily WIP over the range. */
                averageWip: number;
                /** @description Mean age (days) of the items in progress, over every day of the range; `null` without WIP. */
                averageAgeDays: number | null;
                /** @description Blocked days (§5) of the items finished in the range: in total and per finished item. */
                blockedDays: {
                    total: number;
                    perFinishedItem: number | null;
                };
                /** @description §5 flow efficiency of the items finished in the range; `null` when none finished. */
                flowEfficiencyPercent: number | null;
            };
            delta: {
                /** @description Items finished in the range, in total and per day of the range. */
                throughput: {
                    total: number;
                    perDay: number;
                };
                /** @description Cycle-time percentiles (days) of the items finished in the range; `null` when none finished. */
                cycleTimeDays: {
                    50: number | null;
                    85: number | null;
                    95: number | null;
                };
                /** @description Mean of the daily WIP over the range. */
                averageWip: number;
                /** @description Mean age (days) of the items in progress, over every day of the range; `null` without WIP. */
                averageAgeDays: number | null;
                /** @description Blocked days (§5) of the items finished in the range: in total and per finished item. */
                blockedDays: {
                    total: number;
                    perFinishedItem: number | null;
                };
                /** @description §5 flow efficiency of the items finished in the range; `null` when none finished. */
                flowEfficiencyPercent: number | null;
            };
            change: {
                id: string;
                columnId: string;
                /** @description `null` once the column has been deleted; its policy history stays. */
                column: {
                    key: string;
                    name: string;
                } | null;
                changedAt: string;
                /** @description `null` when the account that made the change no longer exists. */
                changedBy: {
                    id: string;
                    name: string;
                } | null;
                reason: string | null;
                changes: {
                    wipLimit?: {
                        before: unknown;
                        after: unknown;
                    };
                    policy?: {
                        before: unknown;
                        after: unknown;
                    };
                    exitCriteria?: {
                        before: unknown;
                        after: unknown;
                    };
                    gate?: {
                        before: unknown;
                        after: unknown;
                    };
                    responsibility?: {
                        before: unknown;
                        after: unknown;
                    };
                };
            };
        };
        MyResponsibilities: {
            userId: string;
            at: string;
            roles: {
                key: string;
                name: string;
                description: string;
                guidelines: string;
                portfolioId: string;
                delegation: {
                    id: string;
                    roleKey: string;
                    fromUserId: string;
                    fromName: string;
                    toUserId: string;
                    toName: string;
                    until: string;
                    reason: string | null;
                } | null;
                portfolioName: string;
            }[];
            /** @description One entry per column, fullest duty first; `part`, `via`, `roleKey` and `delegationId` are those of its strongest reason. */
            columns: {
                /** @enum {string} */
                part: "accountable" | "responsible" | "consulted" | "informed";
                /** @enum {string} */
                via: "user" | "role" | "delegation";
                roleKey: string | null;
                delegationId: string | null;
                portfolioId: string;
                boardId: string;
                boardName: string;
                columnId: string;
                columnName: string;
                reasons: {
                    /** @enum {string} */
                    part: "accountable" | "responsible" | "consulted" | "informed";
                    /** @enum {string} */
                    via: "user" | "role" | "delegation";
                    roleKey: string | null;
                    delegationId: string | null;
                }[];
            }[];
            /** @description Items owned and assigned first, then owned, then assigned. */
            items: {
                portfolioId: string;
                boardId: string;
                itemId: string;
                key: string;
                title: string;
                columnId: string;
                as: ("owner" | "assignee")[];
            }[];
            blocks: {
                portfolioId: string;
                boardId: string;
                itemId: string;
                key: string;
                title: string;
                blockId: string;
                reason: string;
                since: string;
            }[];
            approvals: components["schemas"]["ApprovalRequest"][];
            /**
             * @description The user's own approval requests awaiting a decision, newest first, each with the name of the column it asks to
             *     move the item to and the members who may decide it now.
             */
            requested: {
                id: string;
                portfolioId: string;
                boardId: string;
                itemId: string;
                itemKey: string;
                itemTitle: string;
                fromColumnId: string;
                /** @description Where the item should go once approved. */
                columnId: string;
                /** @description The gated column the move crosses. */
                gateColumnId: string;
                requestedBy: string | null;
                requestedByName: string | null;
                note: string | null;
                /** @enum {string} */
                status: "pending" | "approved" | "rejected" | "withdrawn";
                createdAt: string;
                decidedAt: string | null;
                decisionId: string | null;
                columnName: string;
                approvers: {
                    userId: string;
                    name: string;
                }[];
            }[];
            wipOverrides: {
                portfolioId: string;
                boardId: string;
                itemId: string;
                key: string;
                title: string;
                transitionId: string;
                fromColumnId: string | null;
                toColumnId: string;
                at: string;
                actorId: string | null;
                reason: string | null;
            }[];
            /** @description Each with the name of the role handed over: the reader may no longer hold it, so their roles do not name it. */
            delegations: {
                given: {
                    id: string;
                    roleKey: string;
                    fromUserId: string;
                    fromName: string;
                    toUserId: string;
                    toName: string;
                    until: string;
                    reason: string | null;
                    roleName: string;
                }[];
                held: {
                    id: string;
                    roleKey: string;
                    fromUserId: string;
                    fromName: string;
                    toUserId: string;
                    toName: string;
                    until: string;
                    reason: string | null;
                    roleName: string;
                }[];
            };
            /** @description Open actions of portfolio reviews that the user owns, earliest due first; `overdue` once the due date has passed. */
            actions: {
                id: string;
                portfolioId: string;
                reviewId: string;
                reviewTitle: string;
                entryId: string | null;
                title: string;
                ownerId: string | null;
                ownerName: string | null;
                dueDate: string | null;
                itemId: string | null;
                itemKey: string | null;
                itemTitle: string | null;
                boardId: string | null;
                createdBy: string | null;
                createdAt: string;
                done: boolean;
                doneAt: string | null;
                doneBy: string | null;
                version: number;
                overdue: boolean;
            }[];
        };
        ApprovalRequest: {
            id: string;
            portfolioId: string;
            boardId: string;
            itemId: string;
            itemKey: string;
            itemTitle: string;
            fromColumnId: string;
            /** @description Where the item should go once approved. */
            columnId: string;
            /** @description The gated column the move crosses. */
            gateColumnId: string;
            requestedBy: string | null;
            requestedByName: string | null;
            note: string | null;
            /** @enum {string} */
            status: "pending" | "approved" | "rejected" | "withdrawn";
            createdAt: string;
            decidedAt: string | null;
            decisionId: string | null;
        };
        Decision: {
            id: string;
            portfolioId: string;
            boardId: string;
            itemId: string;
            itemKey: string;
            itemTitle: string;
            requestId: string | null;
            /** @enum {string} */
            kind: "declined" | "merged" | "go" | "no-go" | "pivot" | "persevere" | "stop" | "reopened";
            rationale: string;
            evidence: string[];
            /** @description The item's column when the decision was taken. */
            columnId: string;
            movedToColumnId: string | null;
            decidedBy: string | null;
            decidedByName: string | null;
            /** @description The member whose role, handed over to the decider by a delegation, let them decide; null when their own did. */
            onBehalfOf: string | null;
            onBehalfOfName: string | null;
            decidedAt: string;
            /** @description The portfolio review the decision was taken in, if any (PRODUCT.md §12). */
            reviewId: string | null;
        };
        DecisionOutcome: {
            decision: components["schemas"]["Decision"];
            item: components["schemas"]["Item"];
            request: null | components["schemas"]["ApprovalRequest"];
        };
        Notification: {
            id: string;
            /** @enum {string} */
            kind: "block" | "delegation" | "mention" | "assignment" | "approval_requested" | "decision" | "wip_override" | "guardrail" | "webhook_paused" | "followed_item" | "review_action" | "review_reminder";
            portfolioId: string | null;
            boardId: string | null;
            itemId: string | null;
            actorId: string | null;
            message: string;
            data: {
                [key: string]: unknown;
            };
            createdAt: string;
            readAt: string | null;
            read: boolean;
        };
        MarkedRead: {
            marked: number;
        };
        MetricsDocument: {
            /** @description Days covered by `cfd`, `wip` and `netFlow`; `null` only for a history without any dates. */
            range: {
                from: string;
                to: string;
            } | null;
            today: string;
            committedColumn: string;
            doneColumn: string;
            items: {
                key: string;
                /** @description Every column key in board order, with its date after erasure and back-fill. */
                columnDates: {
                    [key: string]: string | null;
                };
                start: string | null;
                finish: string | null;
                cycleTimeDays: number | null;
                /** @description Elapsed hours from the start instant to the finish instant. */
                cycleTimeHours: number | null;
                leadTimeDays: number | null;
                /** @description Age on `today` of a started, unfinished item still on the board. */
                ageDays: number | null;
                /**
                 * @description The day a declined or merged item left the board, else `null`. Such an item did not finish: it has no
                 *     finish, cycle or lead time, and counts in the CFD and WIP only on the days before this one.
                 */
                closed: string | null;
                blockedDays: number;
                blockedHours: number;
            }[];
            cfd: {
                date: string;
                counts: {
                    [key: string]: number;
                };
            }[];
            wip: {
                date: string;
                count: number;
            }[];
            netFlow: {
                date: string;
                arrivals: number;
                departures: number;
                net: number;
            }[];
            throughput: {
                daily: {
                    date: string;
                    count: number;
                }[];
                weekly: {
                    /** @description The Monday that starts the ISO week. */
                    week: string;
                    count: number;
                }[];
            };
            cycleTime: {
                percentiles: {
                    50: number | null;
                    70: number | null;
                    85: number | null;
                    95: number | null;
                };
                histogram: {
                    days: number;
                    count: number;
                }[];
            };
            aging: {
                key: string;
                column: string;
                ageDays: number;
            }[];
            flowEfficiency: {
                percent: number | null;
                /** @description The items finished in the range whose parts make up `percent`, each with its own share. */
                items: {
                    key: string;
                    finish: string;
                    /** @description Hours in `active` columns between start and finish, less the blocked hours in them. */
                    workingHours: number;
                    /** @description Hours from the start instant to the finish instant. */
                    elapsedHours: number;
                    /** @description `workingHours ÷ elapsedHours` as a percentage; `null` when the item started and finished at one instant. */
                    percent: number | null;
                }[];
            };
            /** @description Every item's counted blocked time (as in `items[].blockedDays`), split by the reason given for each block. */
            blockedTime: {
                byReason: {
                    /** @description Items with at least one counted block for this reason. */
                    items: number;
                    reason: string;
                    /** @description Counted block periods with this reason. */
                    blocks: number;
                    days: number;
                    hours: number;
                }[];
            };
        };
        PortfolioMetrics: {
            range: {
                from: string;
                to: string;
            } | null;
            today: string;
            boards: {
                boardId: string;
                name: string;
                committedColumn: string;
                doneColumn: string;
                /** @description Items finished within the range. */
                finished: number;
                /** @description Work in progress on the range's last day. */
                wip: number;
                cycleTimePercentiles: {
                    50: number | null;
                    70: number | null;
                    85: number | null;
                    95: number | null;
                };
                flowEfficiencyPercent: number | null;
            }[];
            finished: number;
            cfd: {
                date: string;
                counts: {
                    /** @description Items on the board at all (they reached its first column). */
                    notStarted: number;
                    /** @description Items that passed the board's commitment point. */
                    inProgress: number;
                    /** @description Items that reached the board's done column. */
                    done: number;
                };
            }[];
            wip: {
                date: string;
                count: number;
            }[];
            throughput: {
                daily: {
                    date: string;
                    count: number;
                }[];
                weekly: {
                    /** @description The Monday that starts the ISO week. */
                    week: string;
                    count: number;
                }[];
            };
            cycleTime: {
                percentiles: {
                    50: number | null;
                    70: number | null;
                    85: number | null;
                    95: number | null;
                };
            };
        };
        ForecastDocument: {
            /** @enum {string} */
            mode: "when";
            items: number;
            trials: number;
            seed: number;
            windowDays: number;
            lastFinishDate: string;
            horizon: string;
            results: {
                confidence: number;
                date: string | null;
            }[];
            distribution: {
                date: string;
                trials: number;
            }[];
        } | {
            /** @enum {string} */
            mode: "how-many";
            until: string;
            trials: number;
            seed: number;
            windowDays: number;
            lastFinishDate: string;
            results: {
                confidence: number;
                items: number;
            }[];
            distribution: {
                items: number;
                trials: number;
            }[];
        };
        FlowHistory: {
            /** @enum {string} */
            format: "portfolio-kanban/flow-history@1";
            board: {
                name: string;
                /** @description Where cycle time starts; absent means the first `active` column. */
                committedColumn?: string;
                /** @description IANA time zone that decides which calendar day an instant falls on; absent means `UTC`. */
                timeZone?: string;
                /**
                 * @description Absent means `inclusive` (a same-day finish is one day).
                 * @enum {string}
                 */
                cycleTimeCounting?: "inclusive" | "exclusive";
                columns: {
                    key: string;
                    name: string;
                    /** @enum {string} */
                    kind: "done" | "queue" | "active";
                    wipLimit: number | null;
                }[];
            };
            items: {
                key: string;
                title: string;
                createdAt: string;
                transitions: {
                    /** @description Key of the column the item moved to. */
                    to: string;
                    at: string;
                }[];
                blocks: {
                    from: string;
                    /** @description `null` while the block is still open. */
                    to: string | null;
                    reason: string;
                }[];
                /**
                 * @description When the item left the board without finishing (declined, or merged into another item); absent while
                 *     it is on the board. A closed item never counts as finished, and the CFD counts it only until that day.
                 */
                closedAt?: string;
            }[];
        };
        Theme: {
            name: string;
            description: string;
            objective: string;
            keyResults: {
                description: string;
                target: number | null;
                current: number | null;
                unit: string | null;
            }[];
            /** @description Percent of the portfolio's capacity (its work in progress) the theme should take; null for no guardrail. */
            targetShare: number | null;
            startsOn: string | null;
            endsOn: string | null;
            /** @description Accountable for the theme: told when a move pushes it beyond its target share. */
            ownerId: string | null;
            id: string;
            portfolioId: string;
            active: boolean;
            createdAt: string;
            updatedAt: string;
            version: number;
        };
        ValueStream: {
            name: string;
            description: string;
            budget: {
                amount: number;
                currency: string;
                periodStart: string | null;
                periodEnd: string | null;
            } | null;
            /** @description Percent of the portfolio's work in progress the stream should take; null for no guardrail. */
            targetShare: number | null;
            /** @description Accountable for the stream. */
            ownerId: string | null;
            id: string;
            portfolioId: string;
            createdAt: string;
            updatedAt: string;
            version: number;
        };
        PortfolioAllocation: {
            portfolioId: string;
            /** @description The day themes are judged active on (UTC). */
            today: string;
            total: {
                count: number;
                jobSize: number;
                /** @description Items counted without a job size: their size is unknown, not zero. */
                unsized: number;
            };
            themes: {
                count: number;
                jobSize: number;
                /** @description Items counted without a job size: their size is unknown, not zero. */
                unsized: number;
                id: string;
                targetShare: number | null;
                /** @description Percent of all items in progress, two decimals; null when nothing is in progress. */
                share: number | null;
                /** @description Percent of the summed job size in progress; null when nothing in progress is sized. */
                jobSizeShare: number | null;
                /** @description Guardrails hold for active groups with a target, and compare the share of items in progress. */
                over: boolean;
                under: boolean;
                name: string;
                active: boolean;
            }[];
            valueStreams: {
                count: number;
                jobSize: number;
                /** @description Items counted without a job size: their size is unknown, not zero. */
                unsized: number;
                id: string;
                targetShare: number | null;
                /** @description Percent of all items in progress, two decimals; null when nothing is in progress. */
                share: number | null;
                /** @description Percent of the summed job size in progress; null when nothing in progress is sized. */
                jobSizeShare: number | null;
                /** @description Guardrails hold for active groups with a target, and compare the share of items in progress. */
                over: boolean;
                under: boolean;
                name: string;
                active: boolean;
            }[];
            /** @description Work in progress linked to no theme, and to no value stream. */
            unassigned: {
                themes: {
                    count: number;
                    jobSize: number;
                    /** @description Items counted without a job size: their size is unknown, not zero. */
                    unsized: number;
                };
                valueStreams: {
                    count: number;
                    jobSize: number;
                    /** @description Items counted without a job size: their size is unknown, not zero. */
                    unsized: number;
                };
            };
        };
        ColumnRanking: {
            columnId: string;
            order: {
                id: string;
                key: string;
                title: string;
                rank: string;
                version: number;
                score: number | null;
                votes: number;
                createdAt: string;
            }[];
        };
        WsjfEstimation: {
            columnId: string;
            /** @enum {string} */
            input: "jobSize" | "userBusinessValue" | "timeCriticality" | "riskReduction";
            scale: (1 | 2 | 3 | 5 | 8 | 13 | 20)[];
            items: {
                id: string;
                key: string;
                title: string;
                value: number | null;
                version: number;
            }[];
        };
        WsjfScore: {
            userBusinessValue: number | null;
            timeCriticality: number | null;
            riskReduction: number | null;
            jobSize: number | null;
            at: string;
            actorId: string | null;
            costOfDelay: number | null;
            score: number | null;
        };
        DependencyGraph: {
            nodes: {
                id: string;
                key: string;
                title: string;
                boardId: string;
                columnId: string;
                finished: boolean;
                blocked: boolean;
            }[];
            edges: {
                blockerId: string;
                blockedId: string;
                open: boolean;
            }[];
        };
        Roadmap: {
            portfolioId: string;
            /** @enum {string} */
            groupBy: "valueStream" | "theme";
            today: string;
            forecast: {
                /** @enum {number} */
                trials: 2000;
                /** @enum {number} */
                seed: 1;
            };
            groups: {
                id: string | null;
                name: string;
                startsOn: string | null;
                endsOn: string | null;
                items: {
                    id: string;
                    key: string;
                    title: string;
                    boardId: string;
                    columnId: string;
                    dueDate: string;
                    finished: boolean;
                    risk: {
                        /** @enum {string} */
                        level: "done" | "overdue" | "on_track" | "at_risk" | "off_track" | "unknown";
                        /** @description How many unfinished items of the board come before this one in delivery order, itself included. */
                        position: number | null;
                        /** @description Items the board finishes by the due date with 85% and with 50% confidence (Monte Carlo). */
                        reachable: {
                            p85: number;
                            p50: number;
                        } | null;
                        /** @description Why no forecast could be made, when none could. */
                        note: string | null;
                    };
                }[];
            }[];
        };
        ImportResult: {
            /** @enum {boolean} */
            dryRun: true;
            report: {
                columns: {
                    key: string;
                    name: string;
                    /** @enum {string} */
                    kind: "done" | "queue" | "active";
                    from: string[];
                }[];
                items: number;
                /** @description Source statuses the mapping does not name: each got a column of its own. */
                unmappedStatuses: string[];
                people: {
                    source: string;
                    userId: string | null;
                    name: string | null;
                }[];
                warnings: string[];
            };
        } | {
            /** @enum {boolean} */
            dryRun: false;
            report: {
                columns: {
                    key: string;
                    name: string;
                    /** @enum {string} */
                    kind: "done" | "queue" | "active";
                    from: string[];
                }[];
                items: number;
                /** @description Source statuses the mapping does not name: each got a column of its own. */
                unmappedStatuses: string[];
                people: {
                    source: string;
                    userId: string | null;
                    name: string | null;
                }[];
                warnings: string[];
            };
            board: components["schemas"]["Board"];
        };
        ImportJob: {
            id: string;
            portfolioId: string;
            format: string;
            /** @enum {string} */
            state: "queued" | "running" | "succeeded" | "failed";
            processed: number;
            total: number;
            boardId?: string;
            report?: {
                columns: {
                    key: string;
                    name: string;
                    /** @enum {string} */
                    kind: "done" | "queue" | "active";
                    from: string[];
                }[];
                items: number;
                /** @description Source statuses the mapping does not name: each got a column of its own. */
                unmappedStatuses: string[];
                people: {
                    source: string;
                    userId: string | null;
                    name: string | null;
                }[];
                warnings: string[];
            };
            /** @description Why a failed job failed, by field as a refused import names them. */
            errors?: {
                field: string;
                message: string;
            }[];
            createdAt: string;
            finishedAt?: string;
        };
        Webhook: {
            id: string;
            portfolioId: string;
            url: string;
            events: string[];
            /** @enum {string} */
            format: "json" | "slack";
            active: boolean;
            pausedAt: string | null;
            failuresInARow: number;
            createdBy: string | null;
            createdAt: string;
            version: number;
        };
        CreatedWebhook: {
            id: string;
            portfolioId: string;
            url: string;
            events: string[];
            /** @enum {string} */
            format: "json" | "slack";
            active: boolean;
            pausedAt: string | null;
            failuresInARow: number;
            createdBy: string | null;
            createdAt: string;
            version: number;
            secret: string;
        };
        Delivery: {
            id: string;
            webhookId: string;
            type: string;
            state: string;
            attempts: {
                at: string;
                statusCode: number | null;
                durationMs: number;
                error: string | null;
            }[];
            nextAttemptAt: string | null;
            createdAt: string;
        };
        Redelivery: {
            id: string;
            state: string;
        };
        Review: {
            id: string;
            portfolioId: string;
            title: string;
            /** @enum {string} */
            status: "open" | "closed";
            facilitatorId: string | null;
            facilitatorName: string | null;
            startedAt: string;
            closedAt: string | null;
            version: number;
            agendaBuiltAt: string;
            /** @description The entry the facilitator has open, which every participant follows. */
            positionEntryId: string | null;
            attendees: {
                userId: string;
                name: string;
            }[];
            entries: components["schemas"]["ReviewEntry"][];
            decisions: {
                id: string;
                itemId: string;
                itemKey: string;
                itemTitle: string;
                /** @enum {string} */
                kind: "declined" | "merged" | "go" | "no-go" | "pivot" | "persevere" | "stop" | "reopened";
                rationale: string;
                decidedBy: string | null;
                decidedByName: string | null;
                onBehalfOfName: string | null;
                decidedAt: string;
            }[];
            actions: components["schemas"]["ReviewAction"][];
        };
        ReviewSummary: {
            id: string;
            portfolioId: string;
            title: string;
            /** @enum {string} */
            status: "open" | "closed";
            facilitatorId: string | null;
            facilitatorName: string | null;
            startedAt: string;
            closedAt: string | null;
            version: number;
        };
        ReviewEntry: {
            itemId: string | null;
            itemKey: string | null;
            boardId: string | null;
            columnId: string | null;
            themeId: string | null;
            actionId: string | null;
            requestId: string | null;
            /** @enum {string} */
            section: "decisions_waiting" | "blocked_items" | "aging_items" | "columns_over_wip" | "responsibility_gaps" | "themes_outside_guardrails" | "due_dates_at_risk" | "open_actions";
            /** @description Stable across refreshes while the same thing has the same problem: a refresh keeps its note. */
            subject: string;
            title: string;
            detail: string;
            responsible: {
                userId: string;
                name: string;
                reasons: string[];
                delegations?: {
                    id: string;
                    roleKey: string;
                    fromUserId: string;
                    fromName: string;
                    toUserId: string;
                    toName: string;
                    until: string;
                    reason: string | null;
                }[];
            }[];
            id: string;
            position: number;
            sectionTitle: string;
            /** @description The problem was gone at the last refresh; the entry stays because it has a note. */
            resolved: boolean;
            note: string | null;
            notedBy: string | null;
            notedAt: string | null;
        };
        ReviewPosition: {
            reviewId: string;
            positionEntryId: string | null;
        };
        ReviewAction: {
            id: string;
            portfolioId: string;
            reviewId: string;
            reviewTitle: string;
            entryId: string | null;
            title: string;
            ownerId: string | null;
            ownerName: string | null;
            dueDate: string | null;
            itemId: string | null;
            itemKey: string | null;
            itemTitle: string | null;
            boardId: string | null;
            createdBy: string | null;
            createdAt: string;
            done: boolean;
            doneAt: string | null;
            doneBy: string | null;
            version: number;
        };
        ReviewCadence: {
            portfolioId: string;
            /** @enum {string|null} */
            frequency: "weekly" | "fortnightly" | "monthly" | null;
            /** @description ISO weekday: 1 Monday … 7 Sunday. */
            weekday: number | null;
            startsOn: string | null;
            nextMeeting: string | null;
            /** @description "every other Tuesday". */
            description: string | null;
            version: number | null;
        };
        MyIdea: {
            item: components["schemas"]["Item"];
            board: {
                id: string;
                name: string;
            };
            column: {
                id: string;
                name: string;
            };
            /** @enum {string} */
            status: "done" | "declined" | "merged" | "open";
            /** @description The item a merged idea went into (with its votes and followers), of the same portfolio. */
            mergedInto: {
                id: string;
                key: string;
                title: string;
                boardId: string;
            } | null;
            /** @description Whether the reader proposed it (else they voted for it). */
            submittedByMe: boolean;
            /** @description Who is responsible for it now, as GET /items/{id}/responsibility answers. */
            responsible: {
                userId: string;
                name: string;
                reasons: string[];
                delegations?: {
                    id: string;
                    roleKey: string;
                    fromUserId: string;
                    fromName: string;
                    toUserId: string;
                    toName: string;
                    until: string;
                    reason: string | null;
                }[];
            }[];
        };
        ClosedItem: {
            id: string;
            key: string;
            title: string;
            source: string | null;
            /** @enum {string} */
            closedAs: "declined" | "merged";
            reason: string | null;
            closedBy: string | null;
            onBehalfOf: string | null;
            onBehalfOfName: string | null;
            closedAt: string;
            mergedInto: {
                id: string;
                key: string;
                title: string;
                boardId: string;
            } | null;
            votes: number;
        };
        IntakeLink: {
            id: string;
            boardId: string;
            label: string;
            url: string;
            expiresAt: string | null;
            createdAt: string;
            createdBy: string | null;
            revokedAt: string | null;
        };
        IntakeForm: {
            /** @enum {boolean} */
            open: true;
            label: string;
        };
        GuestIdeaReceipt: {
            followUrl: string;
            /** @description True when SMTP_URL is set: the guest is e-mailed when the idea changes column, gets a decision or is done. */
            emailed: boolean;
        };
        FollowStatus: {
            title: string;
            /** @description The name of the column (stage) the idea is in, or was in when it was declined or merged. */
            column: string;
            /** @description When it got into that column. */
            since: string;
            /** @enum {string} */
            status: "done" | "declined" | "merged" | "open";
            /** @description Why it was declined; null otherwise. */
            reason: string | null;
        };
        ProblemCode: {
            /** @enum {string} */
            code: "validation_failed" | "unauthenticated" | "forbidden" | "approval_required" | "wrong_password" | "account_deactivated" | "not_found" | "version_conflict" | "wip_limit_exceeded" | "exit_criteria_unmet" | "already_set_up" | "already_blocked" | "not_blocked" | "email_taken" | "last_portfolio_admin" | "role_in_use" | "column_not_empty" | "children_open" | "dependency_cycle" | "hierarchy_cycle" | "theme_in_use" | "value_stream_in_use" | "approval_pending" | "already_decided" | "review_closed" | "stale_preview" | "last_instance_admin" | "account_exists" | "item_closed" | "not_in_intake" | "not_declined" | "invitation_invalid" | "reset_invalid" | "intake_link_gone" | "payload_too_large" | "unsupported_media_type" | "rate_limited" | "internal_error" | "unavailable" | "overloaded";
            status: number;
            title: string;
        };
        /** @description RFC 9457 problem document (application/problem+json). A refusal adds the numbers and people it names (limit, current, approvers, …). */
        Problem: {
            /** @description A URI that resolves to a description of the code */
            type: string;
            title: string;
            status: number;
            /** @description What went wrong here, in plain words */
            detail: string;
            /**
             * @description Stable: clients branch on it
             * @enum {string}
             */
            code: "validation_failed" | "unauthenticated" | "forbidden" | "approval_required" | "wrong_password" | "account_deactivated" | "not_found" | "version_conflict" | "wip_limit_exceeded" | "exit_criteria_unmet" | "already_set_up" | "already_blocked" | "not_blocked" | "email_taken" | "last_portfolio_admin" | "role_in_use" | "column_not_empty" | "children_open" | "dependency_cycle" | "hierarchy_cycle" | "theme_in_use" | "value_stream_in_use" | "approval_pending" | "already_decided" | "review_closed" | "stale_preview" | "last_instance_admin" | "account_exists" | "item_closed" | "not_in_intake" | "not_declined" | "invitation_invalid" | "reset_invalid" | "intake_link_gone" | "payload_too_large" | "unsupported_media_type" | "rate_limited" | "internal_error" | "unavailable" | "overloaded";
            /** @description validation_failed: each bad field */
            errors?: {
                field: string;
                message: string;
            }[];
        } & {
            [key: string]: unknown;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getSetupState: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description SetupState (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SetupState"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setUpInstance: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    name: string;
                    /** @description At least 8 characters */
                    password: string;
                };
            };
        };
        responses: {
            /** @description User (application/json) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: a stale version, a policy, or a rule of the resource */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    logIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Session (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description rate_limited: try again after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    logOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description User (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of ApiToken (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiToken"][];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                };
            };
        };
        responses: {
            /** @description CreatedApiToken (application/json) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiToken"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of User (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"][];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    name: string;
                    /** @description At least 8 characters */
                    password: string;
                    isAdmin?: boolean;
                };
            };
        };
        responses: {
            /** @description User (application/json) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: a stale version, a policy, or a rule of the resource */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description User (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    name?: string;
                    /** @description false ends the person's sessions and API tokens at once and refuses sign-in */
                    active?: boolean;
                    /** @description Instance admin or not */
                    admin?: boolean;
                };
            };
        };
        responses: {
            /** @description User (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: a stale version, a policy, or a rule of the resource */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPortfolios: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of Portfolio (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Portfolio"][];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPortfolio: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @enum {unknown} */
                    template?: "enterprise" | "small";
                    /** @enum {unknown} */
                    boardTemplate?: "safe" | "simple";
                };
            };
        };
        responses: {
            /** @description Portfolio (application/json) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Portfolio"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    switchPortfolioTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    template: "enterprise" | "small";
                    /** @description Answer what would change, and change nothing */
                    dryRun?: boolean;
                    /** @description The portfolio's version the preview showed: a change since then is 409 version_conflict */
                    version?: number;
                    /** @description The preview's digest: a column's gate or responsibility, or a member's roles, changed since then is 409 stale_preview */
                    digest?: string;
                };
            };
        };
        responses: {
            /** @description TemplateSwitch (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateSwitch"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: a stale version, a policy, or a rule of the resource */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPortfolio: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Portfolio (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Portfolio"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updatePortfolio: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    archived?: boolean;
                    /** @description The version you read; a stale one gets 409 version_conflict */
                    version: number;
                };
            };
        };
        responses: {
            /** @description Portfolio (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Portfolio"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: a stale version, a policy, or a rule of the resource */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of MemberWithGuidelines (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberWithGuidelines"][];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
                /** @description Opaque identifier */
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    roles: string[];
                };
            };
        };
        responses: {
            /** @description Member (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: a stale version, a policy, or a rule of the resource */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removeMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
                /** @description Opaque identifier */
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: a stale version, a policy, or a rule of the resource */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of Role (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Role"][];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
                /** @description lower_snake_case */
                roleKey: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    description?: string;
                    /** @description What holders of the role decide, do and answer for in this portfolio */
                    guidelines?: string;
                    capabilities: ("portfolio.admin" | "strategy.manage" | "backlog.rank" | "gate.approve" | "workflow.configure" | "item.create" | "item.edit" | "item.move" | "item.block" | "wip.override" | "comment" | "view" | "metrics.view" | "audit.view" | "idea.submit" | "vote" | "review.facilitate" | "integration.manage")[];
                    /** @description The version you read; a stale one gets 409 version_conflict */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description The role, replaced */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Role"];
                };
            };
            /** @description The role, created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Role"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: a stale version, a policy, or a rule of the resource */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
                /** @description lower_snake_case */
                roleKey: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: a stale version, a policy, or a rule of the resource */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listBoards: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of BoardSettings (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BoardSettings"][];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createBoard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @enum {unknown} */
                    template?: "safe" | "simple";
                    gates?: boolean;
                };
            };
        };
        responses: {
            /** @description Board (application/json) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Board"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPortfolioItems: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of PortfolioItemSummary (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioItemSummary"][];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAuditEvents: {
        parameters: {
            query?: {
                /** @description Opaque identifier */
                actorId?: string;
                /** @description Opaque identifier */
                entityId?: string;
                /** @description item, comment, decision, column, delegation, … */
                entityType?: string;
                /** @description Every event about this item: its changes, comments, approval requests and decisions */
                itemId?: string;
                action?: string;
                from?: string;
                to?: string;
                /** @description Sequence number to page backwards from */
                after?: string;
                /** @description 1-1000, default 100 */
                limit?: string;
            };
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of AuditEvent (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEvent"][];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBoard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Board (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Board"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateBoard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    committedColumnId?: string | null;
                    /** @description IANA time zone */
                    timeZone?: string;
                    /** @enum {unknown} */
                    cycleTimeCounting?: "inclusive" | "exclusive";
                    /** @description The version you read; a stale one gets 409 version_conflict */
                    version: number;
                };
            };
        };
        responses: {
            /** @description Board (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Board"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: a stale version, a policy, or a rule of the resource */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateColumn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
                /** @description Opaque identifier */
                columnId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    name?: string;
                    wipLimit?: number | null;
                    policy?: string;
                    exitCriteria?: string[];
                    gate?: boolean;
                    /** @description RACI of a column: exactly one accountable, any number of the others (a role or a user each) */
                    responsibility?: {
                        accountable: {
                            role: string;
                        } | {
                            /** @description Opaque identifier */
                            user: string;
                        };
                        responsible: ({
                            role: string;
                        } | {
                            /** @description Opaque identifier */
                            user: string;
                        })[];
                        consulted: ({
                            role: string;
                        } | {
                            /** @description Opaque identifier */
                            user: string;
                        })[];
                        informed: ({
                            role: string;
                        } | {
                            /** @description Opaque identifier */
                            user: string;
                        })[];
                    };
                    /** @description The version you read; a stale one gets 409 version_conflict */
                    version?: number;
                    /** @description Why the policy changes: kept in the policy history and the audit log */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Column (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Column"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: a stale version, a policy, or a rule of the resource */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    /** @description Opaque identifier */
                    columnId?: string;
                    /** @description Exceed a WIP limit or skip exit criteria (needs wip.override); recorded with the transition */
                    override?: {
                        reason: string;
                    };
                    /** @description Markdown */
                    description?: string;
                    ownerId?: string | null;
                    assigneeIds?: string[];
                    tags?: string[];
                    /** @enum {unknown} */
                    classOfService?: "expedite" | "fixed_date" | "standard" | "intangible";
                    /** @description Ids of strategic themes of the portfolio (GET /portfolios/{id}/themes) */
                    themes?: string[];
                    /** @description Id of a value stream of the portfolio (GET /portfolios/{id}/value-streams) */
                    valueStream?: string | null;
                    dueDate?: string | null;
                    wsjf?: {
                        /** @description One of 1, 2, 3, 5, 8, 13, 20, or null */
                        userBusinessValue?: (1 | 2 | 3 | 5 | 8 | 13 | 20) | null;
                        /** @description One of 1, 2, 3, 5, 8, 13, 20, or null */
                        timeCriticality?: (1 | 2 | 3 | 5 | 8 | 13 | 20) | null;
                        /** @description One of 1, 2, 3, 5, 8, 13, 20, or null */
                        riskReduction?: (1 | 2 | 3 | 5 | 8 | 13 | 20) | null;
                        /** @description One of 1, 2, 3, 5, 8, 13, 20, or null */
                        jobSize?: (1 | 2 | 3 | 5 | 8 | 13 | 20) | null;
                    };
                    hypothesis?: {
                        for?: string;
                        who?: string;
                        the?: string;
                        isA?: string;
                        that?: string;
                        unlike?: string;
                        ourSolution?: string;
                        businessOutcomes?: string;
                        leadingIndicators?: string;
                        nonFunctionalRequirements?: string;
                    };
                    businessCase?: {
                        inScope?: string;
                        outOfScope?: string;
                        mvpFeatures?: string;
                        sponsors?: string;
                        affectedUsersAndMarkets?: string;
                        analysisSummary?: string;
                        implementationStrategy?: string;
                        sequencingAndDependencies?: string;
                    };
                    parentId?: string | null;
                    /** @description Items this one waits for (they block it); a cycle is refused with 409 dependency_cycle */
                    dependsOn?: string[];
                    /** @description Exit criteria checked on this item, by their text */
                    checkedCriteria?: string[];
                };
            };
        };
        responses: {
            /** @description ItemWithWarnings (application/json) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemWithWarnings"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: a stale version, a policy, or a rule of the resource */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Item (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Item"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title?: string;
                    /** @description Markdown */
                    description?: string;
                    ownerId?: string | null;
                    assigneeIds?: string[];
                    tags?: string[];
                    /** @enum {unknown} */
                    classOfService?: "expedite" | "fixed_date" | "standard" | "intangible";
                    /** @description Ids of strategic themes of the portfolio (GET /portfolios/{id}/themes) */
                    themes?: string[];
                    /** @description Id of a value stream of the portfolio (GET /portfolios/{id}/value-streams) */
                    valueStream?: string | null;
                    dueDate?: string | null;
                    wsjf?: {
                        /** @description One of 1, 2, 3, 5, 8, 13, 20, or null */
                        userBusinessValue?: (1 | 2 | 3 | 5 | 8 | 13 | 20) | null;
                        /** @description One of 1, 2, 3, 5, 8, 13, 20, or null */
                        timeCriticality?: (1 | 2 | 3 | 5 | 8 | 13 | 20) | null;
                        /** @description One of 1, 2, 3, 5, 8, 13, 20, or null */
                        riskReduction?: (1 | 2 | 3 | 5 | 8 | 13 | 20) | null;
                        /** @description One of 1, 2, 3, 5, 8, 13, 20, or null */
                        jobSize?: (1 | 2 | 3 | 5 | 8 | 13 | 20) | null;
                    };
                    hypothesis?: {
                        for?: string;
                        who?: string;
                        the?: string;
                        isA?: string;
                        that?: string;
                        unlike?: string;
                        ourSolution?: string;
                        businessOutcomes?: string;
                        leadingIndicators?: string;
                        nonFunctionalRequirements?: string;
                    };
                    businessCase?: {
                        inScope?: string;
                        outOfScope?: string;
                        mvpFeatures?: string;
                        sponsors?: string;
                        affectedUsersAndMarkets?: string;
                        analysisSummary?: string;
                        implementationStrategy?: string;
                        sequencingAndDependencies?: string;
                    };
                    parentId?: string | null;
                    /** @description Items this one waits for (they block it); a cycle is refused with 409 dependency_cycle */
                    dependsOn?: string[];
                    /** @description Exit criteria checked on this item, by their text */
                    checkedCriteria?: string[];
                    /** @description The version you read; a stale one gets 409 version_conflict */
                    version: number;
                };
            };
        };
        responses: {
            /** @description ItemWithWarnings (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemWithWarnings"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: a stale version, a policy, or a rule of the resource */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    moveItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Opaque identifier */
                    columnId: string;
                    /** @description Opaque identifier */
                    beforeItemId?: string;
                    /** @description Opaque identifier */
                    afterItemId?: string;
                    /** @description The version you read; a stale one gets 409 version_conflict */
                    version?: number;
                    /** @description Exceed a WIP limit or skip exit criteria (needs wip.override); recorded with the transition */
                    override?: {
                        reason: string;
                    };
                };
            };
        };
        responses: {
            /** @description MoveResult (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MoveResult"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: a stale version, a policy, or a rule of the resource */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    blockItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                    resolverId?: string | null;
                };
            };
        };
        responses: {
            /** @description Item (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Item"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: a stale version, a policy, or a rule of the resource */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    unblockItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Item (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Item"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: a stale version, a policy, or a rule of the resource */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getItemHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description ItemHistory (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemHistory"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getItemResponsibility: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description ItemResponsibility (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemResponsibility"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listComments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of Comment (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Comment"][];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Markdown; @mentions notify */
                    body: string;
                };
            };
        };
        responses: {
            /** @description Comment (application/json) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Comment"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    editComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Markdown; @mentions notify */
                    body: string;
                    /** @description The version you read; a stale one gets 409 version_conflict */
                    version: number;
                };
            };
        };
        responses: {
            /** @description Comment (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Comment"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: a stale version, a policy, or a rule of the resource */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBoardResponsibility: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description BoardResponsibility (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BoardResponsibility"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listResponsibilityGaps: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description ResponsibilityGaps (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponsibilityGaps"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDelegations: {
        parameters: {
            query?: {
                active?: "true" | "false";
            };
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of Delegation (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Delegation"][];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createDelegation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A role you hold yourself */
                    roleKey: string;
                    /** @description Opaque identifier */
                    toUserId: string;
                    /** @description When the delegation ends by itself: a date-time, or a date (through the end of that day, UTC) */
                    until: string;
                    /** @description Why the role is handed over: shown with the delegation and kept in the audit log */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Delegation (application/json) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Delegation"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: a stale version, a policy, or a rule of the resource */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeDelegation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
                /** @description Opaque identifier */
                delegationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBoardPolicyHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of PolicyVersion (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyVersion"][];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getColumnPolicyHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
                /** @description Opaque identifier */
                columnId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of PolicyVersion (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyVersion"][];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setBlockResolver: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The member who clears the block, or null */
                    resolverId: string | null;
                };
            };
        };
        responses: {
            /** @description Item (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Item"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: a stale version, a policy, or a rule of the resource */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMyMembership: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Membership (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Membership"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMyResponsibilities: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description MyResponsibilities (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyResponsibilities"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listItemApprovalRequests: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of ApprovalRequest (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalRequest"][];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    requestApproval: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Where the item should go once approved (past or into a gated column) */
                    columnId: string;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description ApprovalRequest (application/json) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalRequest"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: a stale version, a policy, or a rule of the resource */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listApprovalRequests: {
        parameters: {
            query?: {
                status?: "pending" | "approved" | "rejected" | "withdrawn";
                /** @description Opaque identifier */
                itemId?: string;
            };
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of ApprovalRequest (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalRequest"][];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApprovalRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description ApprovalRequest (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalRequest"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    decideApproval: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    decision: "go" | "no-go";
                    /** @description Why: kept in the decision log */
                    rationale: string;
                    /** @description Links to the evidence the decision rests on */
                    evidence?: string[];
                    /** @description With a no-go: move the item to the done column as rejected */
                    rejectToDone?: boolean;
                    /** @description Exceed a WIP limit or skip exit criteria (needs wip.override); recorded with the transition */
                    override?: {
                        reason: string;
                    };
                    /** @description The open portfolio review the decision is taken in (PRODUCT.md §12): the review lists it and its minutes record it */
                    reviewId?: string;
                };
            };
        };
        responses: {
            /** @description DecisionOutcome (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionOutcome"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: a stale version, a policy, or a rule of the resource */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listItemDecisions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of Decision (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Decision"][];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    decideOnItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    decision: "pivot" | "persevere" | "stop";
                    /** @description Why: kept in the decision log */
                    rationale: string;
                    /** @description Links to the evidence the decision rests on */
                    evidence?: string[];
                    /** @description Move the item there as part of the decision (a stop to the done column skips exit criteria) */
                    columnId?: string;
                    /** @description Exceed a WIP limit or skip exit criteria (needs wip.override); recorded with the transition */
                    override?: {
                        reason: string;
                    };
                    /** @description The open portfolio review the decision is taken in (PRODUCT.md §12): the review lists it and its minutes record it */
                    reviewId?: string;
                };
            };
        };
        responses: {
            /** @description DecisionOutcome (application/json) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionOutcome"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: a stale version, a policy, or a rule of the resource */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDecisions: {
        parameters: {
            query?: {
                kind?: "go" | "no-go" | "pivot" | "persevere" | "stop" | "declined" | "merged" | "reopened";
                /** @description Opaque identifier */
                itemId?: string;
                /** @description Opaque identifier */
                boardId?: string;
                /** @description Opaque identifier */
                decidedBy?: string;
                /** @description Words to find in the rationale, item key or title (any case) */
                q?: string;
                /** @description 1-1000 */
                limit?: string;
            };
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of Decision (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Decision"][];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listNotifications: {
        parameters: {
            query?: {
                unread?: "true" | "false";
                /** @description Opaque identifier */
                before?: string;
                /** @description 1-1000 */
                limit?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of Notification (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notification"][];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    markAllNotificationsRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description MarkedRead (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarkedRead"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    markNotificationRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Notification (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notification"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listInvitations: {
        parameters: {
            query?: {
                /** @description Opaque identifier */
                portfolioId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of Invitation (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invitation"][];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    name?: string;
                    /** @description Opaque identifier */
                    portfolioId?: string;
                    /** @description Role keys of the portfolio, given on acceptance */
                    roles?: string[];
                };
            };
        };
        responses: {
            /** @description CreatedInvitation (application/json) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedInvitation"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: a stale version, a policy, or a rule of the resource */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    previewInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The secret at the end of the link */
                    token: string;
                };
            };
        };
        responses: {
            /** @description InvitationPreview (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationPreview"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The link or token is no longer valid */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acceptInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description name and password create the account; an address that already has one accepts signed in as it, without them */
        requestBody: {
            content: {
                "application/json": {
                    /** @description The secret at the end of the link */
                    token: string;
                    name?: string;
                    /** @description At least 8 characters */
                    password?: string;
                };
            };
        };
        responses: {
            /** @description Accepted by the signed-in account */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Acceptance"];
                };
            };
            /** @description A new account, signed in */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: a stale version, a policy, or a rule of the resource */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The link or token is no longer valid */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OneTimeLink (application/json) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OneTimeLink"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acceptPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The secret at the end of the link */
                    token: string;
                    /** @description At least 8 characters */
                    password: string;
                };
            };
        };
        responses: {
            /** @description Session (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The link or token is no longer valid */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    /** @description At least 8 characters */
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBoardMetrics: {
        parameters: {
            query?: {
                /** @description YYYY-MM-DD */
                from?: string;
                /** @description YYYY-MM-DD */
                to?: string;
                /** @description The day ages and open blocks run to (default: today in the board's time zone) */
                today?: string;
            };
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description MetricsDocument (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetricsDocument"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPortfolioMetrics: {
        parameters: {
            query?: {
                /** @description YYYY-MM-DD */
                from?: string;
                /** @description YYYY-MM-DD */
                to?: string;
                /** @description The day ages and open blocks run to (default: today in the board's time zone) */
                today?: string;
            };
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PortfolioMetrics (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMetrics"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBoardForecast: {
        parameters: {
            query?: {
                /** @description When will N more items be done (default: the unfinished items) */
                items?: string;
                /** @description How many items will be done by this day */
                until?: string;
                /** @description Trials, 1 to 1,000,000 (default 10,000) */
                trials?: string;
                /** @description Seed for repeatable results (0 to 4294967295) */
                seed?: string;
                /** @description Days of throughput history sampled (default 90) */
                windowDays?: string;
                /** @description YYYY-MM-DD */
                today?: string;
            };
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description ForecastDocument (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForecastDocument"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportBoard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The board as a flow-history document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlowHistory"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportBoardItemsCsv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One row per item, every field, and the date each column was entered */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importBoard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description "trello": a board's JSON export; "jira": the REST search answer {issues: [...]} (with expand=changelog) or an array of issues; "jira-csv": Jira's CSV export (all fields) as text; "csv": any CSV with a header row as text, its columns named by mapping.fields
                     * @enum {unknown}
                     */
                    format: "trello" | "jira" | "jira-csv" | "csv";
                    /** @description The exported document itself: JSON for trello and jira, the file's text for jira-csv and csv */
                    content: unknown;
                    /** @description The new board's name; without it, a Trello board's own name, else "Imported from Jira" or "Imported from CSV" */
                    name?: string;
                    mapping?: {
                        /** @description Source status or list name → column name; several may share a column */
                        columns?: {
                            [key: string]: string;
                        };
                        /** @description For "csv": field → the name of the column that holds it. Fields: title, key, status, created, resolved, owner, description, dueDate, tags; title is required. Without status every item starts in "To do"; without created, now; without key, keys are made. */
                        fields?: {
                            [key: string]: string;
                        };
                    };
                    /** @description Answer the report without importing anything */
                    dryRun?: boolean;
                };
            };
        };
        responses: {
            /** @description The dry run: the report, nothing imported */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResult"];
                };
            };
            /** @description Imported: the report and the new board */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResult"];
                };
            };
            /** @description A large import runs as a job: GET /imports/{id} */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJob"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getImportJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description ImportJob (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJob"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importFlowHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        /** @description A portfolio-kanban/flow-history@1 document; an item may carry `closedAt`, the instant it left the board declined or merged */
        requestBody?: {
            content: {
                "application/json": unknown;
            };
        };
        responses: {
            /** @description Board (application/json) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Board"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    comparePolicyChange: {
        parameters: {
            query?: {
                /** @description Days in each window, 1 to 365 (default 30); both windows shrink alike to the days since the change */
                windowDays?: string;
                /** @description The last day the after-window may reach, and the day ages run to (default: today in the board's time zone) */
                today?: string;
            };
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
                /** @description Opaque identifier */
                changeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PolicyComparison (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyComparison"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProblemCodes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of ProblemCode (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemCode"][];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProblemCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description ProblemCode (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemCode"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listThemes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of Theme (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Theme"][];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createTheme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @description Markdown */
                    description?: string;
                    /** @description The objective (OKR) the theme pursues */
                    objective?: string;
                    keyResults?: {
                        description: string;
                        target?: number | null;
                        current?: number | null;
                        unit?: string | null;
                    }[];
                    /** @description Percent of the work in progress (items between commitment and done on every board) this should take; null for no guardrail. Concurrent targets may add up to 100 at most */
                    targetShare?: number | null;
                    /** @description First day the theme is active (inclusive); null: always was */
                    startsOn?: string | null;
                    /** @description Last day the theme is active (inclusive); null: open-ended */
                    endsOn?: string | null;
                    /** @description Member accountable for the theme: notified when a move pushes it beyond its target share (default: holders of strategy.manage) */
                    ownerId?: string | null;
                };
            };
        };
        responses: {
            /** @description Theme (application/json) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Theme"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTheme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
                /** @description Opaque identifier */
                themeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Theme (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Theme"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteTheme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
                /** @description Opaque identifier */
                themeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: a stale version, a policy, or a rule of the resource */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateTheme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
                /** @description Opaque identifier */
                themeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    /** @description Markdown */
                    description?: string;
                    /** @description The objective (OKR) the theme pursues */
                    objective?: string;
                    keyResults?: {
                        description: string;
                        target?: number | null;
                        current?: number | null;
                        unit?: string | null;
                    }[];
                    /** @description Percent of the work in progress (items between commitment and done on every board) this should take; null for no guardrail. Concurrent targets may add up to 100 at most */
                    targetShare?: number | null;
                    /** @description First day the theme is active (inclusive); null: always was */
                    startsOn?: string | null;
                    /** @description Last day the theme is active (inclusive); null: open-ended */
                    endsOn?: string | null;
                    /** @description Member accountable for the theme: notified when a move pushes it beyond its target share (default: holders of strategy.manage) */
                    ownerId?: string | null;
                    /** @description The version you read; a stale one gets 409 version_conflict */
                    version: number;
                };
            };
        };
        responses: {
            /** @description Theme (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Theme"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: a stale version, a policy, or a rule of the resource */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listValueStreams: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of ValueStream (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValueStream"][];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createValueStream: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @description Markdown */
                    description?: string;
                    budget?: {
                        amount: number;
                        /** @description ISO 4217 code, e.g. EUR */
                        currency: string;
                        periodStart?: string | null;
                        periodEnd?: string | null;
                    } | null;
                    /** @description Percent of the work in progress (items between commitment and done on every board) this should take; null for no guardrail. Concurrent targets may add up to 100 at most */
                    targetShare?: number | null;
                    /** @description Member accountable for the value stream */
                    ownerId?: string | null;
                };
            };
        };
        responses: {
            /** @description ValueStream (application/json) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValueStream"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getValueStream: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
                /** @description Opaque identifier */
                valueStreamId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description ValueStream (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValueStream"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteValueStream: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
                /** @description Opaque identifier */
                valueStreamId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: a stale version, a policy, or a rule of the resource */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateValueStream: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
                /** @description Opaque identifier */
                valueStreamId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    /** @description Markdown */
                    description?: string;
                    budget?: {
                        amount: number;
                        /** @description ISO 4217 code, e.g. EUR */
                        currency: string;
                        periodStart?: string | null;
                        periodEnd?: string | null;
                    } | null;
                    /** @description Percent of the work in progress (items between commitment and done on every board) this should take; null for no guardrail. Concurrent targets may add up to 100 at most */
                    targetShare?: number | null;
                    /** @description Member accountable for the value stream */
                    ownerId?: string | null;
                    /** @description The version you read; a stale one gets 409 version_conflict */
                    version: number;
                };
            };
        };
        responses: {
            /** @description ValueStream (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValueStream"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: a stale version, a policy, or a rule of the resource */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    showValueStreamSwimlanes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Board (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Board"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removeSwimlanes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Board (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Board"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPortfolioAllocation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PortfolioAllocation (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioAllocation"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rankColumnByWsjf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
                /** @description Opaque identifier */
                columnId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description ColumnRanking (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ColumnRanking"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rankColumnByVotes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
                /** @description Opaque identifier */
                columnId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description ColumnRanking (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ColumnRanking"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWsjfEstimation: {
        parameters: {
            query: {
                /** @description The one WSJF input to estimate across the column */
                input: "userBusinessValue" | "timeCriticality" | "riskReduction" | "jobSize";
            };
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
                /** @description Opaque identifier */
                columnId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description WsjfEstimation (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WsjfEstimation"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWsjfHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of WsjfScore (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WsjfScore"][];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listChildItems: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of ChildItem (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChildItem"][];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addDependency: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        /** @description The item blockerId blocks this one (this one waits for it) */
        requestBody: {
            content: {
                "application/json": {
                    /** @description Opaque identifier */
                    blockerId: string;
                    /** @description The version you read; a stale one gets 409 version_conflict */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Item (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Item"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: a stale version, a policy, or a rule of the resource */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removeDependency: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
                /** @description Opaque identifier */
                blockerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Item (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Item"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: a stale version, a policy, or a rule of the resource */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDependencyGraph: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description DependencyGraph (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DependencyGraph"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRoadmap: {
        parameters: {
            query?: {
                /** @description Default: theme */
                groupBy?: "theme" | "valueStream";
            };
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Roadmap (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Roadmap"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhooks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of Webhook (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"][];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description http:// or https://; link-local and cloud metadata addresses are refused */
                    url: string;
                    /** @description Event types to deliver (item.created, item.updated, item.moved, item.blocked, item.unblocked, item.deleted, column.updated, board.updated, comment.created, comment.updated, comment.deleted, decision.recorded, approval.requested, item.closed, review.updated), or ["*"] for every change */
                    events: string[];
                    /**
                     * @description "json" (default): the change as JSON; "slack": `{text}` in Slack's incoming-webhook format, also read by Mattermost and Rocket.Chat
                     * @enum {unknown}
                     */
                    format?: "json" | "slack";
                };
            };
        };
        responses: {
            /** @description CreatedWebhook (application/json) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedWebhook"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description http:// or https://; link-local and cloud metadata addresses are refused */
                    url?: string;
                    /** @description Event types to deliver (item.created, item.updated, item.moved, item.blocked, item.unblocked, item.deleted, column.updated, board.updated, comment.created, comment.updated, comment.deleted, decision.recorded, approval.requested, item.closed, review.updated), or ["*"] for every change */
                    events?: string[];
                    /**
                     * @description "json" (default): the change as JSON; "slack": `{text}` in Slack's incoming-webhook format, also read by Mattermost and Rocket.Chat
                     * @enum {unknown}
                     */
                    format?: "json" | "slack";
                    /** @description false pauses deliveries; true resumes them */
                    active?: boolean;
                    /** @description The version you read; a stale one gets 409 version_conflict */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Webhook (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: a stale version, a policy, or a rule of the resource */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description 1-1000 */
                limit?: string;
            };
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of Delivery (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Delivery"][];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    redeliverDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Redelivery (application/json) */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Redelivery"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPortfolioReviews: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of ReviewSummary (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewSummary"][];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Defaults to "Portfolio review of 5 Dec 2026" (the day it starts) */
                    title?: string;
                };
            };
        };
        responses: {
            /** @description Review (application/json) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Review"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Review (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Review"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    refreshReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Review (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Review"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: a stale version, a policy, or a rule of the resource */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setReviewEntryNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
                /** @description Opaque identifier */
                entryId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description An empty note clears it */
                    note: string;
                };
            };
        };
        responses: {
            /** @description ReviewEntry (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewEntry"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: a stale version, a policy, or a rule of the resource */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setReviewPosition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The entry the facilitator opens; null leaves the agenda */
                    entryId: string | null;
                };
            };
        };
        responses: {
            /** @description ReviewPosition (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewPosition"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: a stale version, a policy, or a rule of the resource */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    joinReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Review (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Review"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: a stale version, a policy, or a rule of the resource */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    closeReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Review (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Review"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: a stale version, a policy, or a rule of the resource */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReviewMinutes: {
        parameters: {
            query?: {
                format?: "markdown" | "html";
            };
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The minutes: Markdown, or a printable HTML page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/markdown": string;
                    "text/html": string;
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createReviewAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    /** @description Opaque identifier */
                    ownerId: string;
                    /** @description YYYY-MM-DD */
                    dueDate?: string;
                    /** @description Opaque identifier */
                    itemId?: string;
                    /** @description The agenda entry the action answers */
                    entryId?: string;
                };
            };
        };
        responses: {
            /** @description ReviewAction (application/json) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewAction"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: a stale version, a policy, or a rule of the resource */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateReviewAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    done: boolean;
                    version?: number;
                };
            };
        };
        responses: {
            /** @description ReviewAction (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewAction"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: a stale version, a policy, or a rule of the resource */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listItemReviewActions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of ReviewAction (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewAction"][];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPortfolioReviewActions: {
        parameters: {
            query?: {
                open?: "true" | "false";
            };
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of ReviewAction (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewAction"][];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReviewCadence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description ReviewCadence (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewCadence"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setReviewCadence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    frequency: "weekly" | "fortnightly" | "monthly";
                    /** @description ISO weekday: 1 Monday … 7 Sunday; a monthly review is the first such day of the month */
                    weekday: number;
                    version?: number;
                };
            };
        };
        responses: {
            /** @description ReviewCadence (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewCadence"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: a stale version, a policy, or a rule of the resource */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removeReviewCadence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submitIdea: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    /** @description Markdown */
                    description?: string;
                    /** @description A value stream of the portfolio */
                    valueStreamId?: string | null;
                };
            };
        };
        responses: {
            /** @description Item (application/json) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Item"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyIdeas: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of MyIdea (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyIdea"][];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    voteForItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Item (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Item"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: a stale version, a policy, or a rule of the resource */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    withdrawVote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Item (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Item"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: a stale version, a policy, or a rule of the resource */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    followItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Item (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Item"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    unfollowItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Item (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Item"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    declineItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Item (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Item"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: a stale version, a policy, or a rule of the resource */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    mergeItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Opaque identifier */
                    intoItemId: string;
                };
            };
        };
        responses: {
            /** @description Item (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Item"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: a stale version, a policy, or a rule of the resource */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reopenItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Item (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Item"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state: a stale version, a policy, or a rule of the resource */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listClosedItems: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of ClosedItem (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClosedItem"][];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listIntakeLinks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of IntakeLink (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntakeLink"][];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createIntakeLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    label: string;
                    /** @description When the link stops taking ideas (default: never) */
                    expiresAt?: string | null;
                };
            };
        };
        responses: {
            /** @description IntakeLink (application/json) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntakeLink"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeIntakeLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Opaque identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIntakeForm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The secret at the end of the link */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description IntakeForm (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntakeForm"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The link or token is no longer valid */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submitGuestIdea: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The secret at the end of the link */
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    /** @description Markdown */
                    description?: string;
                    name: string;
                    /** Format: email */
                    email: string;
                    /** @description Leave empty: a field people never see. A submission that fills it is answered 201 as any other, but nothing is stored. */
                    website?: string;
                };
            };
        };
        responses: {
            /** @description GuestIdeaReceipt (application/json) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GuestIdeaReceipt"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The link or token is no longer valid */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description rate_limited: try again after Retry-After seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFollowedIdea: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The secret at the end of the link */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description FollowStatus (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowStatus"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSignInOptions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description SignInOptions (application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInOptions"];
                };
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startSingleSignOn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description To the OpenID Connect provider */
            302: {
                headers: {
                    /** @description Where to go */
                    location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description validation_failed: the body, path or query is not valid; `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    finishSingleSignOn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description To the web app, signed in */
            302: {
                headers: {
                    /** @description Where to go */
                    location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description unauthenticated: sign in first */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused: forbidden, or the capability or approval this needs */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not_found: no such resource, or you may not see it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}

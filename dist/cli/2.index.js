export const id = 2;
export const ids = [2];
export const modules = {

/***/ 9002:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ecrCredentialSource: () => (/* binding */ ecrCredentialSource)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecr/dist-cjs/index.js
var dist_cjs = __webpack_require__(8249);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var client_sts_dist_cjs = __webpack_require__(1695);
// EXTERNAL MODULE: ./src/aws/partitions.ts
var partitions = __webpack_require__(5986);
// EXTERNAL MODULE: ./src/registry/proxy.ts
var proxy = __webpack_require__(4263);
;// CONCATENATED MODULE: ./src/aws/client-config.ts



function sdkClientConfig(context) {
    return {
        maxAttempts: 4,
        requestHandler: {
            httpsAgent: context.httpsAgent ??
                new proxy/* TunnelingAgent */.Q_((0,proxy/* proxySettingsFromEnv */.zH)(context.environment), () => context.deadline.limit(context.timeoutMs), { keepAlive: true }),
            requestTimeout: context.timeoutMs,
            connectionTimeout: context.timeoutMs,
            throwOnRequestTimeout: true
        }
    };
}
/** Options for each SDK call: it is aborted when the run's deadline passes. */
function callOptions(context) {
    return { abortSignal: context.deadline.signal() };
}
/**
 * An SDK call that failed because the deadline passed is reported as timed out, naming the call;
 * a deadline error from a step inside the call (the OIDC token) keeps its own words.
 */
function deadlineFailure(error, context, call) {
    if (error instanceof errors/* DeadlineError */.j3)
        return error;
    return context.deadline.remainingMs() === 0 ? context.deadline.error(call) : undefined;
}
/** A FIPS registry host gets the FIPS ECR API; a dual-stack one (on.aws) the dual-stack API. */
function ecrEndpointVariant(registryHost) {
    const host = (0,partitions/* parseEcrHost */.wl)(registryHost);
    if (host === undefined)
        return {};
    return {
        ...(host.fips ? { useFipsEndpoint: true } : {}),
        ...(host.domain.startsWith('on.') ? { useDualstackEndpoint: true } : {})
    };
}

;// CONCATENATED MODULE: ./src/aws/failures.ts
// AWS SDK errors, turned into the gate's typed errors: what was refused, and what to change.


const NO_CREDENTIALS = /Could not load credentials|CredentialsProviderError/;
function describeAwsFailure(error, call) {
    if ((0,errors/* isGateError */.Wc)(error))
        return error;
    const name = error instanceof Error ? error.name : 'Error';
    const detail = (0,errors/* errorMessage */.gJ)(error);
    if (NO_CREDENTIALS.test(name) || NO_CREDENTIALS.test(detail)) {
        if (call.roleArn !== undefined && call.firstWithoutCredentials === true) {
            return new errors/* AuthenticationError */.v3(`No AWS credentials to assume ${call.roleArn} with: the job has no GitHub OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL is not set) and no AWS credentials were found`, 'In GitHub Actions, add `permissions: id-token: write` to the job (GitHub OIDC). Anywhere: give aws-access-key-id and aws-secret-access-key, or provide credentials the AWS SDK finds (aws-actions/configure-aws-credentials, AWS_WEB_IDENTITY_TOKEN_FILE, a profile).', { cause: error });
        }
        return new errors/* AuthenticationError */.v3(`No AWS credentials to ask ECR for a token in ${call.region}`, 'Give aws-access-key-id and aws-secret-access-key, or role-arn (with `permissions: id-token: write` for GitHub OIDC), or set protected: false for a public registry.', { cause: error });
    }
    if (name === 'AccessDenied' || name === 'AccessDeniedException') {
        if (call.action === 'ecr:GetAuthorizationToken') {
            return new errors/* PermissionError */.i_(`The AWS identity may not call ecr:GetAuthorizationToken in ${call.region}: ${detail}`, "Attach Palette's ECR policy (see the README), which allows ecr:GetAuthorizationToken, to the user or role.", { cause: error });
        }
        const trust = call.action === 'sts:AssumeRoleWithWebIdentity'
            ? `The role's trust policy must allow sts:AssumeRoleWithWebIdentity for token.actions.githubusercontent.com with aud ${audience(call)} and a sub matching this repository (repo:OWNER/REPO:...).`
            : "The role's trust policy must allow the calling identity to sts:AssumeRole, and its sts:ExternalId condition must equal external-id (the external ID Palette shows for the registry).";
        return new errors/* PermissionError */.i_(`Not allowed to assume ${call.roleArn ?? 'the role'} (${call.action}): ${detail}`, trust, { cause: error });
    }
    if ([
        'InvalidClientTokenId',
        'SignatureDoesNotMatch',
        'InvalidSignatureException',
        'UnrecognizedClientException',
        'ExpiredToken',
        'ExpiredTokenException'
    ].includes(name)) {
        return new errors/* AuthenticationError */.v3(`AWS rejected the credentials for ${call.action} in ${call.region} (${name})`, 'Check aws-access-key-id, aws-secret-access-key and aws-session-token, or the credentials of the role before it in role-arn.', { cause: error });
    }
    // The SDK names some STS errors with an Exception suffix, some without.
    if ([
        'InvalidIdentityToken',
        'InvalidIdentityTokenException',
        'IDPRejectedClaim',
        'IDPRejectedClaimException'
    ].includes(name)) {
        return new errors/* AuthenticationError */.v3(`STS refused the GitHub OIDC token for ${call.roleArn ?? 'the role'}: ${detail}`, `Add token.actions.githubusercontent.com as an IAM OIDC identity provider with audience ${audience(call)}, and trust it in the role.`, { cause: error });
    }
    if (name === 'ValidationError') {
        return new errors/* AuthenticationError */.v3(`${call.action} for ${call.roleArn ?? 'the role'} was refused as invalid: ${detail}`, "Check role-duration-seconds against the role's maximum session duration (chained roles allow at most 3600 s) and role-session-name.", { cause: error });
    }
    if (name === 'RegionDisabledException') {
        return new errors/* AuthenticationError */.v3(`STS is not enabled in ${call.region} for this account: ${detail}`, 'Enable STS in that region (IAM > Account settings), or list an enabled region first in region.', { cause: error });
    }
    if (error instanceof Error && 'code' in error && error.code === 'PROXY') {
        return new errors/* RegistryError */.gl(`${call.action} in ${call.region} could not pass the proxy: ${detail}`, 'Check HTTPS_PROXY (with user:password in it if the proxy asks for them) and NO_PROXY.', { cause: error });
    }
    if (name === 'TimeoutError' || /timed? ?out/i.test(detail)) {
        return new errors/* RegistryError */.gl(`${call.action} in ${call.region} did not answer in time`, 'Check that the runner reaches AWS (or its proxy: HTTPS_PROXY, NO_PROXY), or raise timeout-seconds.', { cause: error });
    }
    return new errors/* RegistryError */.gl(`${call.action} in ${call.region} failed: ${name}: ${detail}`, 'AWS failed or throttled after retries; try again later.', { cause: error });
}
function audience(call) {
    return (0,partitions/* stsAudience */.DX)((0,partitions/* partitionOfRegion */.cn)(call.region));
}

;// CONCATENATED MODULE: ./src/aws/credentials.ts
// AWS credentials as Palette's ECR settings describe them: access keys, ambient credentials, or a
// chain of roles: the first one assumed with GitHub's OIDC token when the job may have one.





/** undefined: no keys and no role, so the SDK's default chain (environment, profile, instance) is used. */
async function resolveAwsCredentials(aws, region, context) {
    let current = aws.keys;
    for (const [index, roleArn] of aws.roleChain.entries()) {
        const sts = new client_sts_dist_cjs/* STSClient */.iM({
            region,
            ...sdkClientConfig(context),
            ...(current === undefined ? {} : { credentials: current })
        });
        const idToken = index === 0 && current === undefined ? context.idToken : undefined;
        const withOidc = idToken !== undefined;
        if (withOidc && aws.externalId !== undefined && aws.roleChain.length === 1) {
            // The web identity call has no external ID: the role that needs one must come second.
            throw new errors/* ConfigurationError */.j1([
                {
                    input: 'external-id',
                    message: `cannot be sent when ${roleArn} is assumed with the GitHub OIDC token; list the OIDC role first and the role that needs the external ID second in role-arn`
                }
            ]);
        }
        try {
            const answer = idToken !== undefined
                ? await sts.send(new client_sts_dist_cjs/* AssumeRoleWithWebIdentityCommand */.WH({
                    RoleArn: roleArn,
                    RoleSessionName: aws.roleSessionName,
                    DurationSeconds: aws.durationSeconds,
                    WebIdentityToken: await githubIdToken(idToken, region, context)
                }), callOptions(context))
                : await sts.send(new client_sts_dist_cjs/* AssumeRoleCommand */.QL({
                    RoleArn: roleArn,
                    RoleSessionName: aws.roleSessionName,
                    DurationSeconds: aws.durationSeconds,
                    ...(aws.externalId === undefined ? {} : { ExternalId: aws.externalId })
                }), callOptions(context));
            const issued = answer.Credentials;
            if (issued?.AccessKeyId === undefined || issued.SecretAccessKey === undefined) {
                throw new errors/* AuthenticationError */.v3(`STS returned no credentials for ${roleArn}`, 'Try again; if it persists, check the role in IAM.');
            }
            for (const secret of [issued.AccessKeyId, issued.SecretAccessKey, issued.SessionToken])
                if (secret !== undefined)
                    context.mask(secret);
            context.debug(`Assumed ${roleArn}${withOidc ? ' with the GitHub OIDC token' : ''}`);
            current = {
                accessKeyId: issued.AccessKeyId,
                secretAccessKey: issued.SecretAccessKey,
                ...(issued.SessionToken === undefined ? {} : { sessionToken: issued.SessionToken })
            };
        }
        catch (error) {
            const action = withOidc ? 'sts:AssumeRoleWithWebIdentity' : 'sts:AssumeRole';
            throw (deadlineFailure(error, context, `${action} of ${roleArn}`) ??
                describeAwsFailure(error, {
                    action,
                    roleArn,
                    region,
                    firstWithoutCredentials: index === 0 && current === undefined
                }));
        }
        finally {
            // destroy() would also destroy the run's shared agent, under the registry's requests.
            if (context.httpsAgent === undefined)
                sts.destroy();
        }
    }
    return current;
}
async function githubIdToken(idToken, region, context) {
    const audience = (0,partitions/* stsAudience */.DX)((0,partitions/* partitionOfRegion */.cn)(region));
    let token;
    const limit = context.deadline.limit(context.timeoutMs);
    // Ended once the wait is over, answered or not: a request left pending keeps the process alive.
    const request = new AbortController();
    try {
        token = await withTimeout(idToken(audience, { signal: request.signal, timeoutMs: limit.milliseconds }), limit.milliseconds, 'the GitHub OIDC token service did not answer in time');
    }
    catch (error) {
        if (limit.cutByDeadline && context.deadline.remainingMs() === 0)
            throw context.deadline.error('the GitHub OIDC token service');
        throw new errors/* AuthenticationError */.v3(`Could not get a GitHub OIDC token for audience ${audience}: ${(0,errors/* errorMessage */.gJ)(error)}`, 'The job needs `permissions: id-token: write`; forks of public repositories never get one.', { cause: error });
    }
    finally {
        request.abort();
    }
    context.mask(token);
    return token;
}
// The race also bounds a token source that ignores its signal.
function withTimeout(work, milliseconds, message) {
    let timer;
    const timeout = new Promise((_resolve, reject) => {
        timer = setTimeout(() => reject(new Error(message)), milliseconds);
    });
    return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

;// CONCATENATED MODULE: ./src/aws/ecr.ts
// ECR as a credential source: AWS credentials once, then one GetAuthorizationToken per region, whose
// token becomes Basic credentials for the registry. Loaded only for protected ECR registries.





function ecrCredentialSource(aws, context) {
    let identity;
    const tokens = new Map();
    return target => {
        const region = target.region;
        if (region === undefined) {
            return Promise.reject(new errors/* ConfigurationError */.j1([{ input: 'region', message: 'is required to ask ECR for a token' }]));
        }
        identity ??= resolveAwsCredentials(aws, region, context);
        const cached = tokens.get(region);
        if (cached !== undefined)
            return cached;
        const variant = ecrEndpointVariant(target.endpoint.hostname);
        const token = identity.then(credentials => authorizationToken(region, variant, credentials, context));
        tokens.set(region, token);
        return token;
    };
}
async function authorizationToken(region, variant, credentials, context) {
    const ecr = new dist_cjs/* ECRClient */.S70({
        region,
        ...variant,
        ...sdkClientConfig(context),
        ...(credentials === undefined ? {} : { credentials })
    });
    try {
        const answer = await ecr.send(new dist_cjs/* GetAuthorizationTokenCommand */.Eu6({}), callOptions(context));
        const encoded = answer.authorizationData?.[0]?.authorizationToken;
        if (encoded === undefined)
            throw new errors/* AuthenticationError */.v3(`ECR in ${region} returned no authorization token`, 'Try again later.');
        context.mask(encoded);
        const decoded = Buffer.from(encoded, 'base64').toString('utf8');
        const separator = decoded.indexOf(':');
        const username = decoded.slice(0, separator);
        const password = decoded.slice(separator + 1);
        if (separator <= 0 || password === '')
            throw new errors/* AuthenticationError */.v3(`ECR in ${region} returned a malformed authorization token`, 'Try again later.');
        context.mask(password);
        context.debug(`Got an ECR authorization token for ${region}`);
        return { type: 'basic', username, password };
    }
    catch (error) {
        throw (deadlineFailure(error, context, `ecr:GetAuthorizationToken in ${region}`) ??
            describeAwsFailure(error, { action: 'ecr:GetAuthorizationToken', region }));
    }
    finally {
        // destroy() would also destroy the run's shared agent, under the registry's requests.
        if (context.httpsAgent === undefined)
            ecr.destroy();
    }
}


/***/ })

};

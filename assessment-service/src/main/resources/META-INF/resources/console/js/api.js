// Calls to the three services' JSON APIs with the bearer token; failures become ApiError with the RFC 9457 problem.
import { accessToken } from './auth.js';

let bases = {};

export function configure(config) {
  bases = { assessment: config.assessmentServiceUrl, content: config.contentServiceUrl, report: config.reportServiceUrl };
}

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.title ?? 'HTTP ' + status);
    this.status = status;      // 0: the service could not be reached
    this.problem = problem;
  }
}

/** JSON (or the raw Response with raw: true) of service + path; throws ApiError on anything but 2xx. */
export async function call(service, path, { method = 'GET', body, lang, accept = 'application/json', raw = false } = {}) {
  const token = await accessToken();
  if (!token) throw new ApiError(401, null);
  const headers = { Authorization: 'Bearer ' + token, Accept: accept };
  if (lang) headers['Accept-Language'] = lang;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let res;
  try {
    res = await fetch(bases[service] + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (e) {
    throw new ApiError(0, null);
  }
  if (!res.ok) {
    let problem = null;
    try {
      problem = await res.json();
    } catch (e) {
      // not every failure has a body (401 has none)
    }
    throw new ApiError(res.status, problem);
  }
  if (raw) return res;
  return res.status === 204 ? null : res.json();
}

// GraphQL subscriptions over WebSocket, the graphql-transport-ws protocol, written out by hand: one socket per page
// on the same origin's /graphql (the session cookie authenticates the handshake), reopened with a growing pause
// when it drops, every subscription started again on the new socket.
import { messageFor } from './graphql.js';

let socket = null;
let acknowledged = false;
let nextId = 1;
let retry = 0;
let reopenTimer = null;
const subscriptions = new Map();

function url() {
  return (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/graphql';
}

function send(message) {
  if (socket && socket.readyState === WebSocket.OPEN) {
    socket.send(JSON.stringify(message));
  }
}

function start(id, subscription) {
  send({ id, type: 'subscribe', payload: { query: subscription.query, variables: subscription.variables } });
}

function open() {
  if (socket || subscriptions.size === 0) return;
  acknowledged = false;
  const ws = new WebSocket(url(), 'graphql-transport-ws');
  socket = ws;
  ws.onopen = () => send({ type: 'connection_init', payload: {} });
  ws.onmessage = (event) => {
    if (socket !== ws) return;
    let message;
    try {
      message = JSON.parse(event.data);
    } catch {
      return;
    }
    const subscription = subscriptions.get(message.id);
    switch (message.type) {
      case 'connection_ack':
        acknowledged = true;
        retry = 0;
        subscriptions.forEach((s, id) => start(id, s));
        subscriptions.forEach((s) => s.onStatus?.(true));
        break;
      case 'ping':
        send({ type: 'pong' });
        break;
      case 'next':
        if (subscription) {
          const errors = message.payload?.errors;
          if (errors && errors.length) {
            subscription.onError?.(messageFor(errors[0].extensions?.code), errors[0].extensions?.code);
          } else {
            subscription.onNext(message.payload.data);
          }
        }
        break;
      case 'error':
        if (subscription) {
          const code = Array.isArray(message.payload) ? message.payload[0]?.extensions?.code : null;
          subscriptions.delete(message.id);
          subscription.onError?.(messageFor(code), code);
        }
        break;
      case 'complete':
        subscriptions.delete(message.id);
        break;
      default:
        break;
    }
  };
  ws.onclose = (event) => {
    if (socket !== ws) return;
    socket = null;
    acknowledged = false;
    subscriptions.forEach((s) => s.onStatus?.(false));
    if (event.code === 4401 || event.code === 4403) {
      subscriptions.forEach((s) => s.onError?.(messageFor('UNAUTHENTICATED'), 'UNAUTHENTICATED'));
      return;
    }
    if (subscriptions.size > 0) {
      const pause = Math.min(30000, 1000 * 2 ** retry++);
      clearTimeout(reopenTimer);
      reopenTimer = setTimeout(open, pause);
    }
  };
}

/**
 * Subscribes to a GraphQL subscription. onNext gets each event's data; onError a Chinese message and the code;
 * onStatus whether the socket is up. Answers a function that ends the subscription.
 */
export function subscribe(query, variables, { onNext, onError, onStatus } = {}) {
  const id = String(nextId++);
  const subscription = { query, variables, onNext, onError, onStatus };
  subscriptions.set(id, subscription);
  if (socket && acknowledged) {
    start(id, subscription);
    onStatus?.(true);
  } else {
    open();
  }
  return () => {
    if (subscriptions.delete(id)) {
      send({ id, type: 'complete' });
    }
    if (subscriptions.size === 0 && socket) {
      socket.close(1000, 'no subscriptions');
      socket = null;
    }
  };
}

/** Closes the socket (signing out), so the next subscription authenticates anew. */
export function reconnect() {
  if (socket) {
    socket.close(1000, 'session changed');
    socket = null;
  }
  open();
}

// The nginx in front of the two servers of pair mode (e2e/start-pair.mjs): plain round-robin, no sticky
// sessions, so consecutive requests of one browser land on different processes. It runs unprivileged
// from its own folder (pid file, logs and temporary bodies in there), as bench/http_me.sh runs nginx.

import { mkdirSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';

/** The nginx binary: NGINX, default /usr/sbin/nginx (Debian's nginx package). */
export const nginxBinary = process.env.NGINX ?? '/usr/sbin/nginx';

/**
 * Writes `prefix`/nginx.conf for nginx listening on 127.0.0.1:`port` in front of `backendPorts`, and
 * returns the arguments to start it in the foreground.
 */
export function nginxArgs(prefix, port, backendPorts) {
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'];
  for (const dir of ['logs', ...temp]) mkdirSync(join(prefix, dir), { recursive: true });
  // As root nginx would switch its workers to "nobody", who cannot read the folder; as anyone else
  // the directive is ignored.
  const user = process.getuid?.() === 0 ? `user ${userInfo().username} ${groupName()};` : '';
  const conf = `${user}
worker_processes 1;
daemon off;
pid ${join(prefix, 'nginx.pid')};
error_log ${join(prefix, 'logs', 'error.log')} warn;
events { worker_connections 256; }
http {
    log_format upstream '$remote_addr "$request" $status -> $upstream_addr';
    access_log ${join(prefix, 'logs', 'access.log')} upstream;
${temp.map((dir) => `    ${dir}_temp_path ${join(prefix, dir)};`).join('\n')}
    upstream stemkompas {
${backendPorts.map((p) => `        server 127.0.0.1:${p};`).join('\n')}
        keepalive 8;
    }
    server {
        listen 127.0.0.1:${port};
        # Above the 20 MiB the server takes (src/app/pipeline.h), so the server, not nginx, answers a bigger file.
        client_max_body_size 25m;
        location / {
            proxy_pass http://stemkompas;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            # With the port: the tests' address is not on port 80.
            proxy_set_header Host $http_host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
        }
    }
}
`;
  const file = join(prefix, 'nginx.conf');
  writeFileSync(file, conf);
  return ['-p', prefix, '-c', file, '-e', join(prefix, 'logs', 'error.log')];
}

function groupName() {
  return execFileSync('id', ['-gn'], { encoding: 'utf8' }).trim();
}

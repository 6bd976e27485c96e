# STEMkompas — the two commands a newcomer needs:
#   make run    install, build, load demo data and start the server on http://127.0.0.1:8080
#   make test   install, build with sanitizers and run every test (unit, API and store on SQLite and
#               PostgreSQL, mail over real SMTP, browser tests in Chromium)
# Other targets: make fuzz (the libFuzzer targets of fuzz/, a few minutes each; FUZZ_SECONDS=n), make soak (10 minutes of mixed load per database: requests, 5xx, p99, memory drift), make bench (school report PDF timing; group report of 10,000 schools vs plain SQL; mentor matching 3,000 x 1,000; load tests: GET /api/me against nginx, autosave writes/s on SQLite, the CSV import of 20,000 schools; Lighthouse of /login, the survey page and the results page), make build, make web, make clean.

JOBS ?= $(shell nproc)
RELEASE_DIR := build/release
DEBUG_DIR := build/debug
RUN_DB ?= data/run/stemkompas.db
export CCACHE_DIR ?= $(HOME)/.cache/ccache

.PHONY: run test build build-debug web deps deps-test bench soak fuzz clean

deps:
	@scripts/install-deps.sh build

deps-test:
	@scripts/install-deps.sh test

web:
	@cd web && npm run --silent build

$(RELEASE_DIR)/build.ninja:
	@cmake -S . -B $(RELEASE_DIR) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSK_TESTS=OFF >/dev/null

build: deps web $(RELEASE_DIR)/build.ninja
	@cmake --build $(RELEASE_DIR) --target stemkompas -j $(JOBS)

$(DEBUG_DIR)/build.ninja:
	@cmake -S . -B $(DEBUG_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DSK_SANITIZE=ON >/dev/null

build-debug: deps-test web $(DEBUG_DIR)/build.ninja
	@cmake --build $(DEBUG_DIR) -j $(JOBS)

run: build
	@$(RELEASE_DIR)/stemkompas demo --db $(RUN_DB)
	@exec $(RELEASE_DIR)/stemkompas serve --db $(RUN_DB) --web-dir web/dist --data-dir data/run --print-demo-logins

# Installs, builds and runs every test, then prints the seconds of each stage (scripts/test.sh).
test:
	@JOBS=$(JOBS) SK_TEST_BUILD_DIR=$(DEBUG_DIR) scripts/test.sh

fuzz: deps-test
	@scripts/fuzz.sh

bench: deps-test $(RELEASE_DIR)/build.ninja
	@cmake -S . -B $(RELEASE_DIR) -DSK_BENCH=ON >/dev/null
	@cmake --build $(RELEASE_DIR) --target stemkompas bench_report_pdf bench_group_report bench_matching bench_file_store -j $(JOBS)
	@$(RELEASE_DIR)/bench/bench_report_pdf
	@$(RELEASE_DIR)/bench/bench_group_report
	@$(RELEASE_DIR)/bench/bench_matching
	@for script in bench/*.sh; do $$script $(RELEASE_DIR)/stemkompas || exit $$?; done

# Ten minutes of mixed load on SQLite, then on PostgreSQL (bench/soak/run.sh; SOAK_SECONDS=n per backend).
soak: deps-test $(RELEASE_DIR)/build.ninja
	@cmake --build $(RELEASE_DIR) --target stemkompas -j $(JOBS)
	@bench/soak/run.sh $(RELEASE_DIR)/stemkompas

clean:
	rm -rf build web/dist

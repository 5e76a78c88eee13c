# A small image with nothing but the okrportal binary (static, no libc).
#
#   docker build -t okrportal .
#   docker run --rm -v "$PWD:/site" -u "$(id -u):$(id -g)" okrportal build -s content -d public
#   docker run --rm -v "$PWD:/site" okrportal check --format github -s content
#
# See docs/publishing.md for serving the built site.
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /okrportal ./cmd/okrportal

FROM scratch
COPY --from=build /okrportal /okrportal
WORKDIR /site
ENTRYPOINT ["/okrportal"]
CMD ["build", "-s", "content", "-d", "public"]

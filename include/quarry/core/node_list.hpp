#pragma once
// A fixed list of child nodes. Not std::tuple: libstdc++'s tuple stores empty
// members with [[no_unique_address]], and g++ 12 then rejects a std::string next
// to an empty column in a constant expression, which static SQL text relies on.
#include <cstddef>
#include <utility>

namespace quarry {

namespace detail {
template <std::size_t I, class T>
struct node_slot {
    T node;
};

template <std::size_t I, class T>
constexpr const T& slot_at(const node_slot<I, T>& slot) {
    return slot.node;
}

template <class Indices, class... T>
struct node_list_base;
template <std::size_t... I, class... T>
struct node_list_base<std::index_sequence<I...>, T...> : node_slot<I, T>... {
    constexpr node_list_base() = default;
    template <class... U>
        requires(sizeof...(U) == sizeof...(T) && sizeof...(T) > 0)
    constexpr explicit node_list_base(U&&... items) : node_slot<I, T>{std::forward<U>(items)}... {}

    // Calls f with every node, in order.
    template <class F>
    constexpr decltype(auto) apply(F&& f) const {
        return std::forward<F>(f)(static_cast<const node_slot<I, T>&>(*this).node...);
    }
};
}  // namespace detail

template <class... T>
struct node_list : detail::node_list_base<std::index_sequence_for<T...>, T...> {
    using detail::node_list_base<std::index_sequence_for<T...>, T...>::node_list_base;
    static constexpr std::size_t size = sizeof...(T);

    template <std::size_t I>
    constexpr const auto& get() const {
        return detail::slot_at<I>(*this);
    }

    template <class U>
    constexpr node_list<T..., U> append(U item) const {
        return this->apply([&](const T&... nodes) { return node_list<T..., U>(nodes..., std::move(item)); });
    }
};

}  // namespace quarry
